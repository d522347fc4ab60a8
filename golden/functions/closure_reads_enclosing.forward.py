# s2s show ../../tests/cases/functions.py::closure_reads_enclosing --mode forward --wrt 0,1
def closure_reads_enclosing_jvp(x, rate, x_dot, rate_dot):
    t1 = x ** 2
    t2 = x_dot * 2
    t3 = np.exp(-(t1 * rate))
    t7 = x_dot * t3 - x * (t3 * (t2 * x * rate + t1 * rate_dot))
    t4 = x + 1.0
    t5 = t4 ** 2
    t6 = np.exp(-(t5 * rate))
    t8 = x_dot * t6 - t4 * (t6 * (t2 * t4 * rate + t5 * rate_dot))
    return np.sum(x * t3 + t4 * t6), np.sum(t7 + t8)
