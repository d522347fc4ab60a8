# s2s show tests/cases/methods.py::method_sum_axis --mode hvp --wrt 0
def method_sum_axis_hvp(x, x_dot):
    return unreduce(2.0 * np.sum(x_dot, axis=0), x, axis=0)
