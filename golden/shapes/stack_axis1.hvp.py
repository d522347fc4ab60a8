# s2s show ../../tests/cases/shapes.py::stack_axis1 --mode hvp --wrt 0,1
def stack_axis1_hvp(x, y, w, x_dot, y_dot):
    t1 = np.sin(y)
    t2 = x, t1
    t2_bar = unstack(unbroadcast(w, np.stack(t2, axis=1)), t2, axis=1)
    x_bar = t2_bar[0]
    y_bar_dot = -(t2_bar[1] * (y_dot * t1))
    return zeros_like(x_bar), y_bar_dot
