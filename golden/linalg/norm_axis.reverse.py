# s2s show tests/cases/linalg.py::norm_axis --wrt 0
def norm_axis_grad(x):
    t1 = np.linalg.norm(x, axis=1)
    x_bar = norm_vjp(1.0, x, t1, axis=1)
    return np.sum(t1), x_bar
