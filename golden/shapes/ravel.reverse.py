# s2s show tests/cases/shapes.py::ravel --wrt 0
def ravel_grad(x):
    t1 = np.ravel(x)
    t2 = np.arange(6.0)
    x_bar = reshape_like(unbroadcast(t2, t1), x)
    return np.sum(t1 * t2), x_bar
