# s2s show tests/cases/ufuncs.py::softplus_sigmoid --wrt 0
def softplus_sigmoid_grad(x):
    t1 = np.exp(x)
    t2 = 1.0 + t1
    t3 = np.exp(-x)
    t4 = 1.0 + t3
    t5 = 1.0 / t4
    x_bar = t5 / t4 * t3
    x_bar = x_bar + t1 / t2
    return np.sum(np.log(t2) + t5), x_bar
