# s2s show ../../tests/cases/dtypes.py::f32_float64_constant --mode forward --wrt 0
def f32_float64_constant_jvp(x, x_dot):
    t1 = np.float64(2.0)
    return np.sum(x * t1), np.sum(x_dot * t1)
