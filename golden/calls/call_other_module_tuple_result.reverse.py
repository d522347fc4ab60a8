# s2s show tests/cases/calls.py::call_other_module_tuple_result --wrt 0
def call_other_module_tuple_result_grad(x):
    m = np.mean(x)
    t1 = x - m
    t2 = t1 ** 2
    m_bar = m + m
    t1_bar = 2 / np.size(t2) * t1
    m_bar = m_bar + unbroadcast(-t1_bar, m)
    x_bar = t1_bar + m_bar / np.size(x)
    return m * m + np.mean(t2), x_bar
