# s2s show ../../tests/cases/calls.py::call_other_module_tuple_result --mode forward --wrt 0
def call_other_module_tuple_result_jvp(x, x_dot):
    m = np.mean(x)
    m_dot = np.mean(x_dot)
    t1 = x - m
    t2 = m_dot * m + m * m_dot + np.mean((x_dot - m_dot) * 2 * t1)
    return m * m + np.mean(t1 ** 2), t2
