# s2s show ../../tests/cases/ufuncs.py::trig --wrt 0
def trig_grad(x):
    t1 = np.sin(x)
    t2 = np.cos(x)
    x_bar = (1 + np.tan(0.3 * x) ** 2) * 0.3
    x_bar = x_bar - t1 * t1
    x_bar = x_bar + t2 * t2
    return x_bar
