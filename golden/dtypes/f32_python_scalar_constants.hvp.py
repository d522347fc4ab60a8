# s2s show ../../tests/cases/dtypes.py::f32_python_scalar_constants --mode hvp --wrt 0
def f32_python_scalar_constants_hvp(x, x_dot):
    t4 = x_dot * x + x * x_dot
    t1 = 1.0 + x * x
    t2 = np.size(x)
    t1_bar = -(1.0 / t1 / t2) / t1
    t3 = -(-(t4 / t1) / t1 / t2) - t1_bar * t4
    x_bar_dot = t3 / t1 * x + t1_bar * x_dot
    x_bar_dot = x_bar_dot + x_bar_dot
    x_bar_dot = x_bar_dot + 2.5 / t2 * 2 * x_dot
    return x_bar_dot
