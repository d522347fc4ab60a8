# s2s show ../../tests/cases/ufuncs.py::softplus_sigmoid --wrt 0
def softplus_sigmoid_grad(x):
    t1 = np.exp(x)
    t2 = np.exp(-x)
    t3 = 1.0 + t2
    x_bar = 1.0 / t3 / t3 * t2
    x_bar = x_bar + t1 / (1.0 + t1)
    return x_bar
