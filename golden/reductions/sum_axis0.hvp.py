# s2s show ../../tests/cases/reductions.py::sum_axis0 --mode hvp --wrt 0
def sum_axis0_hvp(x, x_dot):
    x_bar_dot = broadcast_like(np.expand_dims(2.0 * np.sum(x_dot, axis=0), 0), x)
    return x_bar_dot
