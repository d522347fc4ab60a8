# s2s show ../../tests/cases/reductions.py::sum_negative_axis --mode hvp --wrt 0
def sum_negative_axis_hvp(x, x_dot):
    x_bar_dot = broadcast_like(np.expand_dims(3.0 * (np.sum(x_dot, axis=-1) * 2 * np.sum(x, axis=-1)), -1), x)
    return x_bar_dot
