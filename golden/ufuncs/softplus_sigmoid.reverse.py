# s2s show tests/cases/ufuncs.py::softplus_sigmoid --wrt 0
def softplus_sigmoid_grad(x):
    t1 = np.exp(x)
    t2 = 1.0 + t1
    t3 = np.exp(-x)
    t4 = 1.0 + t3
    t5 = np.log(t2) + 1.0 / t4
    t5_bar = unreduce(1.0, t5)
    x_bar = -(-t5_bar / t4 / t4 * t3)
    x_bar = x_bar + t5_bar / t2 * t1
    return np.sum(t5), x_bar
