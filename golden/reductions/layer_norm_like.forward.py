# s2s show ../../tests/cases/reductions.py::layer_norm_like --mode forward --wrt 0,1
def layer_norm_like_jvp(x, w, x_dot, w_dot):
    m = np.mean(x * w, axis=1, keepdims=True)
    m_dot = np.mean(x_dot * w + x * w_dot, axis=1, keepdims=True)
    t1 = x - m
    t2 = t1 ** 2
    t3 = np.sum((x_dot - m_dot) * 2 * t1 * w + t2 * w_dot)
    return np.sum(t2 * w), t3
