# s2s show tests/cases/methods.py::method_clip_copy --mode hvp --wrt 0
def method_clip_copy_hvp(x, x_dot):
    y = np.copy(x)
    y_dot = np.copy(x_dot)
    t1 = np.clip(y, -0.5, 0.5)
    t2 = clip_inside(y, -0.5, 0.5)
    t3 = broadcast_like(1.0, t1 * x)
    x_bar = t3 * t1
    x_bar_dot = t3 * (y_dot * t2)
    y_bar_dot = t3 * x_dot * t2
    x_bar_dot = unbroadcast(broadcast_like(x_bar_dot, x_bar), x) + unbroadcast(y_bar_dot, y)
    return x_bar_dot
