# s2s show ../../tests/cases/dtypes.py::f32_numpy_scalar --wrt 0,1
def f32_numpy_scalar_grad(s, x):
    t1 = broadcast_like(1.0, x * s + s ** 2)
    s_bar = t1 * 2 * s
    x_bar = t1 * s
    s_bar = unbroadcast(s_bar, s) + unbroadcast(t1 * x, s)
    x_bar = unbroadcast(x_bar, x)
    return s_bar, x_bar
