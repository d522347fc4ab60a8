# s2s show ../../tests/cases/dtypes.py::f32_numpy_scalar --mode forward --wrt 0,1
def f32_numpy_scalar_jvp(s, x, s_dot, x_dot):
    t1 = np.sum(x_dot * s + x * s_dot + s_dot * 2 * s)
    return np.sum(x * s + s ** 2), t1
