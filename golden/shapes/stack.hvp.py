# s2s show ../../tests/cases/shapes.py::stack --mode hvp --wrt 0,1
def stack_hvp(x, y, w, x_dot, y_dot):
    t1 = [x, y, x * y]
    t1_bar = unstack(unbroadcast(w, np.stack(t1)), t1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    t2 = t1_bar[2]
    x_bar = x_bar + unbroadcast(t2 * y, x)
    y_bar = y_bar + unbroadcast(t2 * x, y)
    return broadcast_like(unbroadcast(t2 * y_dot, x), x_bar), broadcast_like(unbroadcast(t2 * x_dot, y), y_bar)
