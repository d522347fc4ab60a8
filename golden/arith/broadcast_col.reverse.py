# s2s show tests/cases/arith.py::broadcast_col --wrt 0,1
def broadcast_col_grad(x, c):
    t1 = c * c + 1.0
    t2 = x * c / t1
    c_bar = -t2 / t1 * c
    t3 = unbroadcast(c_bar, c)
    c_bar = t3 + t3
    x_bar = c / t1
    c_bar = c_bar + unbroadcast(x / t1, c)
    x_bar = unbroadcast(x_bar, x)
    return np.sum(t2), x_bar, c_bar
