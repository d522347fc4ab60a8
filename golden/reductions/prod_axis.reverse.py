# s2s show ../../tests/cases/reductions.py::prod_axis --wrt 0
def prod_axis_grad(x):
    x_bar = np.prod(x, axis=1, keepdims=True) + unprod(x, x, axis=1, keepdims=True)
    x_bar = x_bar + unprod(1.0, x, axis=0)
    return x_bar
