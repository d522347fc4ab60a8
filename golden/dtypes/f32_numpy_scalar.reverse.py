# s2s show tests/cases/dtypes.py::f32_numpy_scalar --wrt 0,1
def f32_numpy_scalar_grad(s, x):
    t1 = x * s + s ** 2
    t1_bar = broadcast_like(1.0, t1)
    s_bar = t1_bar * 2 * s
    x_bar = t1_bar * s
    s_bar = unbroadcast(s_bar, s) + unbroadcast(t1_bar * x, s)
    x_bar = unbroadcast(x_bar, x)
    return np.sum(t1), s_bar, x_bar
