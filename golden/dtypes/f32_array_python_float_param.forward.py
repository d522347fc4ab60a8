# s2s show ../../tests/cases/dtypes.py::f32_array_python_float_param --mode forward --wrt 0,1
def f32_array_python_float_param_jvp(x, s, x_dot, s_dot):
    t1 = np.sin(x)
    t2 = np.sum(x_dot * np.cos(x) * s + t1 * s_dot) + (s_dot * s + s * s_dot)
    return np.sum(t1 * s) + s * s, t2
