# s2s show ../../tests/cases/ufuncs.py::clip --mode hvp --wrt 0
def clip_hvp(x, x_dot):
    t1 = np.clip(x, -0.5, 0.5)
    t2 = clip_inside(x, -0.5, 0.5)
    t3 = np.clip(x, -1.0, 1.0)
    t4 = clip_inside(x, -1.0, 1.0)
    t7 = broadcast_like(1.0, t1 ** 2 + t3 * x)
    x_bar = t7 * t3
    x_bar_dot = t7 * (x_dot * t4)
    x_bar_dot = unbroadcast(broadcast_like(x_bar_dot, x_bar), x) + unbroadcast(t7 * x_dot * t4, x)
    t5 = t7 * 2
    t6 = unbroadcast(broadcast_like(t5 * (x_dot * t2) * t2, t5 * t1 * t2), x)
    x_bar_dot = x_bar_dot + t6
    return x_bar_dot
