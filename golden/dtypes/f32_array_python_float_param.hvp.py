# s2s show tests/cases/dtypes.py::f32_array_python_float_param --mode hvp --wrt 0,1
def f32_array_python_float_param_hvp(x, s, x_dot, s_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    s_bar_dot = s_dot + s_dot
    t3 = broadcast_like(1.0, t1 * s)
    s_bar_dot = s_bar_dot + unbroadcast(t3 * (x_dot * t2), s)
    x_bar_dot = t3 * s_dot * t2 - t3 * s * (x_dot * t1)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot, s_bar_dot
