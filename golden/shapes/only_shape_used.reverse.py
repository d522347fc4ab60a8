# s2s show tests/cases/shapes.py::only_shape_used --wrt 0
def only_shape_used_grad(x):
    t1 = float(np.shape(x)[0]) * 2.0 + np.sum(np.zeros_like(x))
    x_bar = zeros_like(x)
    return t1, x_bar
