# s2s show tests/cases/methods.py::method_on_expression --wrt 0,1
def method_on_expression_grad(x, y):
    t1 = np.exp(x * 0.1)
    t2 = np.transpose(x * y)
    t3 = np.sum(t2, axis=0)
    t4 = np.mean(t3)
    t5 = x + y
    t6 = np.max(t5)
    t5_bar = unreduce_extremum(1.0, t5, t6)
    t7 = untranspose(unreduce(unreduce(1.0, t3) * (np.size(t4) / np.size(t3)), t2, axis=0))
    x_bar = unbroadcast(t5_bar, x) + unbroadcast(t7 * y, x)
    y_bar = unbroadcast(t5_bar, y) + unbroadcast(t7 * x, y)
    x_bar = x_bar + unreduce(1.0, t1) * t1 * 0.1
    return np.sum(t1) + t4 + t6, x_bar, y_bar
