# s2s show ../../tests/cases/dtypes.py::f32_inplace_loop --mode forward --wrt 0,1
def f32_inplace_loop_jvp(x, w, x_dot, w_dot):
    y = np.zeros_like(x)
    y_dot = np.zeros_like(y)
    for i in range(4):
        t1 = x[i]
        t2 = w[i]
        y[i] = t1 * t2
        y_dot[i] = x_dot[i] * t2 + t1 * w_dot[i]
        t3 = y[i]
        t3_dot = y_dot[i]
        if t3 > 0:
            y_1 = y.copy()
            y_1[i] = t3 + 1.0
            y_1_dot = y_dot.copy()
            y_1_dot[i] = t3_dot
            y, y_dot = y_1, y_1_dot
    return np.sum(y * y), np.sum(y_dot * y + y * y_dot)
