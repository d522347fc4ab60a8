# s2s show tests/cases/shapes.py::stack --mode hvp --wrt 0,1
def stack_hvp(x, y, w, x_dot, y_dot):
    t1 = [x, y, x * y]
    t2 = np.stack(t1)
    t1_bar = unstack(unbroadcast(broadcast_like(1.0, t2 * w) * w, t2), t1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    t3 = t1_bar[2]
    x_bar = x_bar + unbroadcast(t3 * y, x)
    y_bar = y_bar + unbroadcast(t3 * x, y)
    return broadcast_like(unbroadcast(t3 * y_dot, x), x_bar), broadcast_like(unbroadcast(t3 * x_dot, y), y_bar)
