# s2s show ../../tests/cases/shapes.py::ravel --mode hvp --wrt 0
def ravel_hvp(x, x_dot):
    x_bar = reshape_like(unbroadcast(np.arange(6.0), np.ravel(x)), x)
    return zeros_like(x_bar)
