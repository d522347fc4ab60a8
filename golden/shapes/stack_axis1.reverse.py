# s2s show ../../tests/cases/shapes.py::stack_axis1 --wrt 0,1
def stack_axis1_grad(x, y, w):
    t1 = x, np.sin(y)
    t1_bar = unstack(unbroadcast(w, np.stack(t1, axis=1)), t1, axis=1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1] * np.cos(y)
    return x_bar, y_bar
