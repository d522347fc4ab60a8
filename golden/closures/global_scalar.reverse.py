# s2s show tests/cases/closures.py::global_scalar --wrt 0
def global_scalar_grad(x):
    t1 = x ** 2
    x_bar = unreduce(SCALE, t1) * 2 * x
    return SCALE * np.sum(t1), x_bar
