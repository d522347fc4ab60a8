# s2s show tests/cases/methods.py::method_on_expression --wrt 0,1
def method_on_expression_grad(x, y):
    t1 = np.exp(x * 0.1)
    t2 = np.transpose(x * y)
    t3 = np.sum(t2, axis=0)
    t4 = x + y
    t5 = np.max(t4)
    t4_bar = unreduce_extremum(1.0, t4, t5)
    t6 = untranspose(broadcast_like(np.expand_dims(broadcast_like(1.0 / np.size(t3), t3), 0), t2))
    x_bar = unbroadcast(t4_bar, x) + unbroadcast(t6 * y, x)
    y_bar = unbroadcast(t4_bar, y) + unbroadcast(t6 * x, y)
    x_bar = x_bar + t1 * 0.1
    return np.sum(t1) + np.mean(t3) + t5, x_bar, y_bar
