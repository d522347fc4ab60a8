# s2s show ../../tests/cases/linalg.py::norm_vector --mode hvp --wrt 0
def norm_vector_hvp(x, x_dot):
    x_bar_dot = norm_hvp(1.0, x, np.linalg.norm(x), x_dot)
    return x_bar_dot
