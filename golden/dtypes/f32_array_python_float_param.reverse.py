# s2s show ../../tests/cases/dtypes.py::f32_array_python_float_param --wrt 0,1
def f32_array_python_float_param_grad(x, s):
    t1 = np.sin(x)
    s_bar = s + s
    s_bar = s_bar + unbroadcast(t1, s)
    x_bar = s * np.cos(x)
    return np.sum(t1 * s) + s * s, x_bar, s_bar
