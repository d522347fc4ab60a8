# s2s show tests/cases/closures.py::module_constants --mode hvp --wrt 0
def module_constants_hvp(x, x_dot):
    t1 = math.pi * x
    t2 = np.sin(t1)
    t3 = broadcast_like(1.0, t2 + np.pi * x + np.e * x ** 2)
    t4 = t3 * np.e * 2
    x_bar = t4 * x
    x_bar_dot = t4 * x_dot
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3 * np.pi, x)
    x_bar = x_bar + unbroadcast(t3 * np.cos(t1) * math.pi, x)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(-(math.pi * (t3 * (math.pi * x_dot * t2))), x)
    return broadcast_like(x_bar_dot, x_bar)
