# s2s show ../../tests/cases/closures.py::global_scalar --wrt 0
def global_scalar_grad(x):
    x_bar = SCALE * 2 * x
    return x_bar
