# s2s show ../../tests/cases/reductions.py::layer_norm_like --mode hvp --wrt 0,1
def layer_norm_like_hvp(x, w, x_dot, w_dot):
    t1 = x * w
    m = np.mean(t1, axis=1, keepdims=True)
    m_dot = np.mean(x_dot * w + x * w_dot, axis=1, keepdims=True)
    t2 = x - m
    t2_dot = x_dot - m_dot
    t3 = w * 2
    t5 = unbroadcast(w_dot * 2 * t2 + t3 * t2_dot, t2)
    t4 = np.size(t1) / np.size(m)
    t1_bar = -unbroadcast(unbroadcast(t3 * t2, t2), m) / t4
    t1_bar_dot = -unbroadcast(t5, m) / t4
    x_bar_dot = unbroadcast(t5, x) + unbroadcast(t1_bar_dot * w + t1_bar * w_dot, x)
    w_bar_dot = unbroadcast(t2_dot * 2 * t2, w) + unbroadcast(t1_bar_dot * x + t1_bar * x_dot, w)
    return x_bar_dot, w_bar_dot
