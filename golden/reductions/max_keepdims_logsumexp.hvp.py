# s2s show ../../tests/cases/reductions.py::max_keepdims_logsumexp --mode hvp --wrt 0
def max_keepdims_logsumexp_hvp(x, x_dot):
    m = np.max(x, axis=1, keepdims=True)
    m_dot = np.sum(x_dot * unreduce_extremum(1.0, x, m, axis=1, keepdims=True), axis=1, keepdims=True)
    t1 = np.exp(x - m)
    t1_dot = (x_dot - m_dot) * t1
    t2 = np.sum(t1, axis=1, keepdims=True)
    t3 = np.log(t2)
    t4 = broadcast_like(1.0, m + t3)
    t2_bar = unbroadcast(t4, t3) / t2
    t5 = -(t2_bar * np.sum(t1_dot, axis=1, keepdims=True)) / t2 * t1 + t2_bar * t1_dot
    m_bar = unbroadcast(t4, m) - unbroadcast(t2_bar * t1, m)
    m_bar_dot = -unbroadcast(t5, m)
    x_bar_dot = t5 + unreduce_extremum(broadcast_like(m_bar_dot, m_bar), x, m, axis=1, keepdims=True)
    return x_bar_dot
