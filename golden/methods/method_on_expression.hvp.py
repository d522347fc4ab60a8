# s2s show ../../tests/cases/methods.py::method_on_expression --mode hvp --wrt 0,1
def method_on_expression_hvp(x, y, x_dot, y_dot):
    t1 = np.exp(x * 0.1)
    t2 = np.transpose(x * y)
    t3 = np.sum(t2, axis=0)
    t4 = x + y
    t5 = unreduce_extremum(1.0, t4, np.max(t4))
    t6 = untranspose(broadcast_like(np.expand_dims(broadcast_like(1.0 / np.size(t3), t3), 0), t2))
    x_bar = unbroadcast(t5, x) + unbroadcast(t6 * y, x)
    y_bar = unbroadcast(t5, y) + unbroadcast(t6 * x, y)
    x_bar = x_bar + t1 * 0.1
    x_bar_dot = unbroadcast(t6 * y_dot, x) + x_dot * 0.1 * t1 * 0.1
    return broadcast_like(x_bar_dot, x_bar), broadcast_like(unbroadcast(t6 * x_dot, y), y_bar)
