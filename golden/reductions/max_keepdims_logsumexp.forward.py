# s2s show ../../tests/cases/reductions.py::max_keepdims_logsumexp --mode forward --wrt 0
def max_keepdims_logsumexp_jvp(x, x_dot):
    m = np.max(x, axis=1, keepdims=True)
    m_dot = np.sum(x_dot * unreduce_extremum(1.0, x, m, axis=1, keepdims=True), axis=1, keepdims=True)
    t1 = np.exp(x - m)
    t2 = np.sum(t1, axis=1, keepdims=True)
    return np.sum(m + np.log(t2)), np.sum(m_dot + np.sum((x_dot - m_dot) * t1, axis=1, keepdims=True) / t2)
