# s2s show tests/cases/dtypes.py::f32_python_scalar_constants --mode hvp --wrt 0
def f32_python_scalar_constants_hvp(x, x_dot):
    t4 = x_dot * x + x * x_dot
    t1 = 1.0 + x * x
    t2 = 2.5 * x ** 2 + 1.0 / t1
    t2_bar = unreduce(1.0, t2) * (np.size(np.mean(t2)) / np.size(t2))
    t3 = -t2_bar / t1
    t1_bar = t3 / t1
    x_bar_dot = (-(t3 * t4) / t1 - t1_bar * t4) / t1 * x + t1_bar * x_dot
    x_bar_dot = x_bar_dot + x_bar_dot
    x_bar_dot = x_bar_dot + t2_bar * 2.5 * 2 * x_dot
    return x_bar_dot
