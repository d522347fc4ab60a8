# s2s show ../../tests/cases/lowering.py::meshgrid_of_constants --mode reverse --wrt 0
def meshgrid_of_constants_grad(x):
    a, b = np.meshgrid(np.linspace(0.0, 1.0, 3), np.arange(3.0))
    x_bar = b * a
    x_bar = unbroadcast(x_bar, x)
    return x_bar
