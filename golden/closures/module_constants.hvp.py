# s2s show ../../tests/cases/closures.py::module_constants --mode hvp --wrt 0
def module_constants_hvp(x, x_dot):
    t1 = math.pi * x
    t2 = np.sin(t1)
    t4 = broadcast_like(1.0, t2 + np.pi * x + np.e * x ** 2)
    t3 = t4 * np.e * 2
    x_bar = t3 * x
    x_bar_dot = t3 * x_dot
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4 * np.pi, x)
    x_bar = x_bar + unbroadcast(t4 * np.cos(t1) * math.pi, x)
    x_bar_dot = unbroadcast(x_bar_dot, x) - unbroadcast(math.pi * (t4 * (math.pi * x_dot * t2)), x)
    return broadcast_like(x_bar_dot, x_bar)
