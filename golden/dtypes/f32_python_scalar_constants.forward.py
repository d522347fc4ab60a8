# s2s show ../../tests/cases/dtypes.py::f32_python_scalar_constants --mode forward --wrt 0
def f32_python_scalar_constants_jvp(x, x_dot):
    t1 = 1.0 + x * x
    t2 = 2.5 * (x_dot * 2 * x) + -((x_dot * x + x * x_dot) / t1) / t1
    return np.mean(2.5 * x ** 2 + 1.0 / t1), np.mean(t2)
