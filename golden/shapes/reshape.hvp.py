# s2s show ../../tests/cases/shapes.py::reshape --mode hvp --wrt 0,1
def reshape_hvp(x, w, x_dot, w_dot):
    t1 = 4, 3
    x_bar_dot = reshape_like(unbroadcast(w_dot, np.reshape(x, t1)), x)
    w_bar_dot = unbroadcast(np.reshape(x_dot, t1), w)
    return x_bar_dot, w_bar_dot
