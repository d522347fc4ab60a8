# s2s show ../../tests/cases/dtypes.py::f32_elementwise --mode forward --wrt 0,1
def f32_elementwise_jvp(x, y, x_dot, y_dot):
    t1 = np.tanh(x)
    t2 = np.exp(0.1 * x)
    t3 = x_dot * (1 - t1 ** 2) * y + t1 * y_dot + 0.1 * x_dot * t2
    return np.sum(t1 * y + t2), np.sum(t3)
