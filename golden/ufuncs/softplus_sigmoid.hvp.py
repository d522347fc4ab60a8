# s2s show ../../tests/cases/ufuncs.py::softplus_sigmoid --mode hvp --wrt 0
def softplus_sigmoid_hvp(x, x_dot):
    t1 = np.exp(x)
    t1_dot = x_dot * t1
    t2 = 1.0 + t1
    t3 = np.exp(-x)
    t4 = t3 * x_dot
    t5 = 1.0 + t3
    t6 = 1.0 / t5 / t5 * t4
    x_bar_dot = (t4 / t5 / t5 + t6) / t5 * t3 - t6
    x_bar_dot = x_bar_dot + (t1_dot - t1 / t2 * t1_dot) / t2
    return x_bar_dot
