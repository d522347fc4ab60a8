# s2s show tests/cases/dtypes.py::f32_float64_constant --mode hvp --wrt 0
def f32_float64_constant_hvp(x, x_dot):
    t1 = np.float64(2.0)
    x_bar = broadcast_like(1.0, x * t1) * t1
    x_bar = unbroadcast(x_bar, x)
    return zeros_like(x_bar)
