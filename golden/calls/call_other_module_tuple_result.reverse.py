# s2s show tests/cases/calls.py::call_other_module_tuple_result --wrt 0
def call_other_module_tuple_result_grad(x):
    m = np.mean(x)
    t1 = x - m
    t2 = t1 ** 2
    t3 = np.mean(t2)
    m_bar = m + m
    t1_bar = unreduce(1.0, t2) * (np.size(t3) / np.size(t2)) * 2 * t1
    m_bar = m_bar + unbroadcast(-t1_bar, m)
    x_bar = unbroadcast(t1_bar, x) + unreduce(m_bar, x) * (np.size(m) / np.size(x))
    return m * m + t3, x_bar
