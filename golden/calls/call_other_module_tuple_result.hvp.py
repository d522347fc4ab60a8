# s2s show tests/cases/calls.py::call_other_module_tuple_result --mode hvp --wrt 0
def call_other_module_tuple_result_hvp(x, x_dot):
    m = np.mean(x)
    m_dot = np.mean(x_dot)
    t1 = (x - m) ** 2
    m_bar_dot = m_dot + m_dot
    t2 = unreduce(1.0, t1) * (np.size(np.mean(t1)) / np.size(t1)) * 2 * (x_dot - m_dot)
    m_bar_dot = m_bar_dot + unbroadcast(-t2, m)
    x_bar_dot = unbroadcast(t2, x) + unreduce(m_bar_dot, x) * (np.size(m) / np.size(x))
    return x_bar_dot
