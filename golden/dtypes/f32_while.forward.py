# s2s show ../../tests/cases/dtypes.py::f32_while --mode forward --wrt 0
def f32_while_jvp(x, x_dot):
    y, y_dot = x, x_dot
    while np.linalg.norm(y) < 100:
        y = y * 2
        y_dot = y_dot * 2
    return np.sum(y), np.sum(y_dot)
