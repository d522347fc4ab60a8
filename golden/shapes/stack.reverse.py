# s2s show ../../tests/cases/shapes.py::stack --wrt 0,1
def stack_grad(x, y, w):
    t1 = [x, y, x * y]
    t1_bar = unstack(unbroadcast(w, np.stack(t1)), t1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    t2 = t1_bar[2]
    x_bar = x_bar + unbroadcast(t2 * y, x)
    y_bar = y_bar + unbroadcast(t2 * x, y)
    return x_bar, y_bar
