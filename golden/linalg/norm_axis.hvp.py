# s2s show tests/cases/linalg.py::norm_axis --mode hvp --wrt 0
def norm_axis_hvp(x, x_dot):
    t1 = np.linalg.norm(x, axis=1)
    x_bar_dot = x_dot * unreduce(1.0 / t1, x, axis=1) + x * unreduce(-(np.sum(x * x_dot, axis=1) / t1 / t1) / t1, x, axis=1)
    return x_bar_dot
