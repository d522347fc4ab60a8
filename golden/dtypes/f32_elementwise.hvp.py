# s2s show ../../tests/cases/dtypes.py::f32_elementwise --mode hvp --wrt 0,1
def f32_elementwise_hvp(x, y, x_dot, y_dot):
    t1 = np.tanh(x)
    t2 = 1 - t1 ** 2
    t1_dot = x_dot * t2
    t3 = np.exp(0.1 * x)
    t5 = broadcast_like(1.0, t1 * y + t3)
    x_bar_dot = t5 * (0.1 * x_dot * t3) * 0.1
    y_bar_dot = t5 * t1_dot
    t4 = t5 * y_dot * t2 - t5 * y * (t1_dot * 2 * t1)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t4, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot
