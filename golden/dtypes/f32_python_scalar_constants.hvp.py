# s2s show tests/cases/dtypes.py::f32_python_scalar_constants --mode hvp --wrt 0
def f32_python_scalar_constants_hvp(x, x_dot):
    t5 = x_dot * x + x * x_dot
    t1 = 1.0 + x * x
    t2 = 1.0 / t1
    t3 = np.size(2.5 * x ** 2 + t2)
    t1_bar = -(t2 / t3) / t1
    t4 = -(-(t5 / t1) / t1 / t3) - t1_bar * t5
    x_bar_dot = t4 / t1 * x + t1_bar * x_dot
    x_bar_dot = x_bar_dot + x_bar_dot
    x_bar_dot = x_bar_dot + 2.5 / t3 * 2 * x_dot
    return x_bar_dot
