# s2s show tests/cases/ufuncs.py::softplus_sigmoid --mode hvp --wrt 0
def softplus_sigmoid_hvp(x, x_dot):
    t1 = np.exp(x)
    t2 = 1.0 + t1
    t3 = np.exp(-x)
    t3_dot = -x_dot * t3
    t4 = 1.0 + t3
    t8 = unreduce(1.0, np.log(t2) + 1.0 / t4)
    t5 = -t8 / t4
    t6 = t5 / t4 * t3_dot
    x_bar_dot = -((-(t5 * t3_dot) / t4 - t6) / t4 * t3 + t6)
    t7 = t8 / t2 * (x_dot * t1)
    x_bar_dot = x_bar_dot + (-t7 / t2 * t1 + t7)
    return x_bar_dot
