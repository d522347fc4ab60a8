# s2s show ../../tests/cases/reductions.py::softmax_cross_entropy --mode hvp --wrt 0
def softmax_cross_entropy_hvp(x, t, x_dot):
    t1 = np.max(x, axis=1, keepdims=True)
    z = x - t1
    z_dot = x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=1, keepdims=True), axis=1, keepdims=True)
    t2 = np.exp(z)
    t2_dot = z_dot * t2
    t3 = np.sum(t2, axis=1, keepdims=True)
    t3_dot = np.sum(t2_dot, axis=1, keepdims=True)
    p = t2 / t3
    p_dot = (t2_dot - p * t3_dot) / t3
    p_bar = -1.0 * t / p
    t4 = t / p
    t5 = t4 * p_dot
    p_bar_dot = t5 / p
    t2_bar = p_bar / t3
    t3_bar = t4 * p / t3
    t3_bar_dot = (-t5 / p * p + t5 - t3_bar * t3_dot) / t3
    t6 = unbroadcast((p_bar_dot - t2_bar * t3_dot) / t3, t2) + broadcast_like(unbroadcast(t3_bar_dot, t3), t2)
    z_bar_dot = t6 * t2 + (unbroadcast(t2_bar, t2) + broadcast_like(unbroadcast(t3_bar, t3), t2)) * t2_dot
    x_bar_dot = z_bar_dot + unreduce_extremum(-z_bar_dot, x, t1, axis=1, keepdims=True)
    return x_bar_dot
