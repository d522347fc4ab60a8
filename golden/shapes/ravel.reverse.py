# s2s show ../../tests/cases/shapes.py::ravel --wrt 0
def ravel_grad(x):
    x_bar = reshape_like(unbroadcast(np.arange(6.0), np.ravel(x)), x)
    return x_bar
