# s2s show tests/cases/reductions.py::sum_negative_axis --mode hvp --wrt 0
def sum_negative_axis_hvp(x, x_dot):
    t1 = np.sum(x, axis=-1)
    x_bar_dot = unreduce(unreduce(1.0, t1 ** 3) * 3 * (np.sum(x_dot, axis=-1) * 2 * t1), x, axis=-1)
    return x_bar_dot
