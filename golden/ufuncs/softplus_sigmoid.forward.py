# s2s show ../../tests/cases/ufuncs.py::softplus_sigmoid --mode forward --wrt 0
def softplus_sigmoid_jvp(x, x_dot):
    t1 = np.exp(x)
    t2 = 1.0 + t1
    t3 = np.exp(-x)
    t4 = 1.0 + t3
    t5 = np.sum(x_dot * t1 / t2 + t3 * x_dot / t4 / t4)
    return np.sum(np.log(t2) + 1.0 / t4), t5
