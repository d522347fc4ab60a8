# s2s show ../../tests/cases/reductions.py::mean_all_and_axis --mode hvp --wrt 0
def mean_all_and_axis_hvp(x, x_dot):
    x_bar_dot = np.expand_dims(2.0 * np.mean(x_dot, axis=0), 0) / (np.size(x) / np.size(np.mean(x, axis=0)))
    x_bar_dot = broadcast_like(x_bar_dot, x)
    return x_bar_dot
