# s2s show ../../tests/cases/shapes.py::concatenate_axis1 --mode hvp --wrt 0,1
def concatenate_axis1_hvp(x, y, w, x_dot, y_dot):
    t1 = [x, y]
    t1_bar = unconcatenate(unbroadcast(w, np.concatenate(t1, axis=1)), t1, axis=1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    return zeros_like(x_bar), zeros_like(y_bar)
