# s2s show ../../tests/cases/methods.py::method_sum_axis --mode hvp --wrt 0
def method_sum_axis_hvp(x, x_dot):
    x_bar_dot = broadcast_like(np.expand_dims(2.0 * np.sum(x_dot, axis=0), 0), x)
    return x_bar_dot
