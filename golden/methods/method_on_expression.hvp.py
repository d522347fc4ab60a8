# s2s show tests/cases/methods.py::method_on_expression --mode hvp --wrt 0,1
def method_on_expression_hvp(x, y, x_dot, y_dot):
    t1 = np.exp(x * 0.1)
    t2 = np.transpose(x * y)
    t3 = x + y
    t4 = unreduce_extremum(1.0, t3, np.max(t3))
    t5 = untranspose(unreduce(1.0 / np.size(np.sum(t2, axis=0)), t2, axis=0))
    x_bar = unbroadcast(t4, x) + unbroadcast(t5 * y, x)
    y_bar = unbroadcast(t4, y) + unbroadcast(t5 * x, y)
    x_bar = x_bar + t1 * 0.1
    x_bar_dot = unbroadcast(t5 * y_dot, x) + x_dot * 0.1 * t1 * 0.1
    return broadcast_like(x_bar_dot, x_bar), broadcast_like(unbroadcast(t5 * x_dot, y), y_bar)
