# s2s show ../../tests/cases/reductions.py::sum_axis_tuple --mode hvp --wrt 0
def sum_axis_tuple_hvp(x, x_dot):
    t1 = 0, 2
    x_bar_dot = unreduce(2.0 * np.sum(x_dot, axis=t1), x, axis=t1)
    return x_bar_dot
