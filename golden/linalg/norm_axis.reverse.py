# s2s show ../../tests/cases/linalg.py::norm_axis --wrt 0
def norm_axis_grad(x):
    x_bar = norm_vjp(1.0, x, np.linalg.norm(x, axis=1), axis=1)
    return x_bar
