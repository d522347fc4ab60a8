# s2s show ../../tests/cases/methods.py::method_clip_copy --mode hvp --wrt 0
def method_clip_copy_hvp(x, x_dot):
    y = np.copy(x)
    y_dot = np.copy(x_dot)
    t1 = clip_inside(y, -0.5, 0.5)
    y_bar_dot = x_dot * t1
    y_bar_dot = unbroadcast(y_bar_dot, y)
    x_bar_dot = unbroadcast(broadcast_like(y_dot * t1, np.clip(y, -0.5, 0.5)), x) + y_bar_dot
    return x_bar_dot
