# s2s show tests/cases/shapes.py::stack --wrt 0,1
def stack_grad(x, y, w):
    t1 = [x, y, x * y]
    t2 = np.stack(t1)
    t1_bar = unstack(unbroadcast(w, t2), t1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    t3 = t1_bar[2]
    x_bar = x_bar + unbroadcast(t3 * y, x)
    y_bar = y_bar + unbroadcast(t3 * x, y)
    return np.sum(t2 * w), x_bar, y_bar
