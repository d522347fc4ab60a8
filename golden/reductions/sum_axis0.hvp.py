# s2s show tests/cases/reductions.py::sum_axis0 --mode hvp --wrt 0
def sum_axis0_hvp(x, x_dot):
    x_bar_dot = unreduce(2.0 * np.sum(x_dot, axis=0), x, axis=0)
    return x_bar_dot
