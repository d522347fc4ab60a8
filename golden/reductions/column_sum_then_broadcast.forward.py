# s2s show ../../tests/cases/reductions.py::column_sum_then_broadcast --mode forward --wrt 0,1
def column_sum_then_broadcast_jvp(x, y, x_dot, y_dot):
    a = np.sum(x, axis=0)
    a_dot = np.sum(x_dot, axis=0)
    t1 = a * y
    t2 = np.sum(x)
    t3 = np.sum(y)
    t4 = np.sum((a_dot * y + a * y_dot) * np.cos(t1)) + (np.sum(x_dot) * t3 + t2 * np.sum(y_dot))
    return np.sum(np.sin(t1)) + t2 * t3, t4
