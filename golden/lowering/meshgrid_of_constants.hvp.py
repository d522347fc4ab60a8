# s2s show ../../tests/cases/lowering.py::meshgrid_of_constants --mode hvp --wrt 0
def meshgrid_of_constants_hvp(x, x_dot):
    a, b = np.meshgrid(np.linspace(0.0, 1.0, 3), np.arange(3.0))
    x_bar = b * a
    x_bar = unbroadcast(x_bar, x)
    return zeros_like(x_bar)
