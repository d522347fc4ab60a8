# s2s show ../../tests/cases/methods.py::method_on_expression --wrt 0,1
def method_on_expression_grad(x, y):
    t1 = np.transpose(x * y)
    t2 = np.sum(t1, axis=0)
    t3 = x + y
    t3_bar = unreduce_extremum(1.0, t3, np.max(t3))
    t4 = untranspose(broadcast_like(np.expand_dims(broadcast_like(1.0 / np.size(t2), t2), 0), t1))
    x_bar = unbroadcast(t3_bar, x) + unbroadcast(t4 * y, x)
    y_bar = unbroadcast(t3_bar, y) + unbroadcast(t4 * x, y)
    x_bar = x_bar + np.exp(x * 0.1) * 0.1
    return x_bar, y_bar
