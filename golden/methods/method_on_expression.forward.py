# s2s show ../../tests/cases/methods.py::method_on_expression --mode forward --wrt 0,1
def method_on_expression_jvp(x, y, x_dot, y_dot):
    t1 = np.exp(x * 0.1)
    t5 = np.sum(x_dot * 0.1 * t1) + np.mean(np.sum(np.transpose(x_dot * y + x * y_dot), axis=0))
    t2 = x + y
    t3 = np.max(t2)
    t4 = np.sum(t1) + np.mean(np.sum(np.transpose(x * y), axis=0)) + t3
    return t4, t5 + np.sum((x_dot + y_dot) * unreduce_extremum(1.0, t2, t3))
