# s2s show ../../tests/cases/calls.py::call_other_module_tuple_result --mode hvp --wrt 0
def call_other_module_tuple_result_hvp(x, x_dot):
    m = np.mean(x)
    m_dot = np.mean(x_dot)
    m_bar_dot = m_dot + m_dot
    t1 = np.size(x)
    t2 = 2 / t1 * (x_dot - m_dot)
    m_bar_dot = m_bar_dot - unbroadcast(t2, m)
    x_bar_dot = t2 + m_bar_dot / t1
    return x_bar_dot
