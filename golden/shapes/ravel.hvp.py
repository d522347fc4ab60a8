# s2s show tests/cases/shapes.py::ravel --mode hvp --wrt 0
def ravel_hvp(x, x_dot):
    t1 = np.ravel(x)
    t2 = np.arange(6.0)
    x_bar = reshape_like(unbroadcast(broadcast_like(1.0, t1 * t2) * t2, t1), x)
    return zeros_like(x_bar)
