# s2s show ../../tests/cases/dtypes.py::f32_array_python_float_param --mode hvp --wrt 0,1
def f32_array_python_float_param_hvp(x, s, x_dot, s_dot):
    t1 = np.cos(x)
    s_bar_dot = s_dot + s_dot
    s_bar_dot = s_bar_dot + unbroadcast(x_dot * t1, s)
    x_bar_dot = s_dot * t1 - s * (x_dot * np.sin(x))
    return x_bar_dot, s_bar_dot
