# s2s show ../../tests/cases/functions.py::closure_reads_enclosing --mode reverse --wrt 0,1
def closure_reads_enclosing_grad(x, rate):
    t1 = x ** 2
    t2 = np.exp(-(t1 * rate))
    t3 = x + 1.0
    t4 = t3 ** 2
    t5 = np.exp(-(t4 * rate))
    t6 = broadcast_like(1.0, x * t2 + t3 * t5)
    t7 = t6 * t3 * t5
    t3_bar = unbroadcast(t6 * t5, t3) - unbroadcast(t3 * (2 * (rate * t7)), t3)
    x_bar = t3_bar + unbroadcast(t6 * t2, x)
    t8 = t6 * x * t2
    rate_bar = -unbroadcast(t4 * t7, rate) - unbroadcast(t1 * t8, rate)
    x_bar = x_bar - unbroadcast(x * (2 * (rate * t8)), x)
    return x_bar, rate_bar
