# s2s show tests/cases/ufuncs.py::trig --wrt 0
def trig_grad(x):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t3 = np.tan(0.3 * x)
    t4 = t1 * t2 + t3
    t4_bar = unreduce(1.0, t4)
    x_bar = t4_bar * (1 + t3 ** 2) * 0.3
    x_bar = x_bar + t4_bar * t1 * -t1
    x_bar = x_bar + t4_bar * t2 * t2
    return np.sum(t4), x_bar
