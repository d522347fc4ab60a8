# s2s show ../../tests/cases/dtypes.py::f32_numpy_scalar --mode hvp --wrt 0,1
def f32_numpy_scalar_hvp(s, x, s_dot, x_dot):
    t1 = broadcast_like(1.0, x * s + s ** 2)
    s_bar_dot = t1 * 2 * s_dot
    x_bar_dot = t1 * s_dot
    s_bar_dot = unbroadcast(s_bar_dot, s) + unbroadcast(t1 * x_dot, s)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return s_bar_dot, x_bar_dot
