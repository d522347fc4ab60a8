# s2s show ../../tests/cases/reductions.py::column_sum_then_broadcast --mode hvp --wrt 0,1
def column_sum_then_broadcast_hvp(x, y, x_dot, y_dot):
    a = np.sum(x, axis=0)
    a_dot = np.sum(x_dot, axis=0)
    t1 = a * y
    t2 = np.cos(t1)
    t3 = (a_dot * y + a * y_dot) * np.sin(t1)
    a_bar_dot = t2 * y_dot - y * t3
    y_bar_dot = broadcast_like(np.sum(x_dot), y) + unbroadcast(t2 * a_dot - a * t3, y)
    x_bar_dot = np.sum(y_dot) + np.expand_dims(unbroadcast(a_bar_dot, a), 0)
    x_bar_dot = broadcast_like(x_bar_dot, x)
    return x_bar_dot, y_bar_dot
