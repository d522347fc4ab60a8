# s2s show ../../tests/cases/linalg.py::norm_axis --mode hvp --wrt 0
def norm_axis_hvp(x, x_dot):
    x_bar_dot = norm_hvp(1.0, x, np.linalg.norm(x, axis=1), x_dot, axis=1)
    return x_bar_dot
