# s2s show ../../tests/cases/dtypes.py::mixed_dtypes --mode forward --wrt 0,1
def mixed_dtypes_jvp(x, y, x_dot, y_dot):
    t1 = np.sum(x_dot * y + x * y_dot + x_dot * 2 * x)
    return np.sum(x * y + x ** 2), t1
