# s2s show ../../tests/cases/shapes.py::newaxis_index --mode forward --wrt 0,1
def newaxis_index_jvp(x, y, x_dot, y_dot):
    t1 = x[:, None]
    t2 = y[None, :]
    t3 = t1 * t2
    t4 = x[None]
    t5 = (x_dot[:, None] * t2 + t1 * y_dot[None, :]) * t4 + t3 * x_dot[None]
    return np.sum(t3 * t4), np.sum(t5)
