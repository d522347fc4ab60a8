# s2s show tests/cases/methods.py::method_prod --wrt 0
def method_prod_grad(x):
    t1 = np.prod(x, axis=0)
    x_bar = unprod(unreduce(1.0, t1), x, axis=0)
    x_bar = x_bar + unprod(1.0, x)
    return np.prod(x) + np.sum(t1), x_bar
