# s2s show tests/cases/shapes.py::reshape --mode hvp --wrt 0,1
def reshape_hvp(x, w, x_dot, w_dot):
    t1 = 4, 3
    t2 = np.reshape(x, t1)
    t3 = broadcast_like(1.0, t2 * w)
    w_bar_dot = t3 * np.reshape(x_dot, t1)
    x_bar_dot = reshape_like(unbroadcast(t3 * w_dot, t2), x)
    w_bar_dot = unbroadcast(w_bar_dot, w)
    return x_bar_dot, w_bar_dot
