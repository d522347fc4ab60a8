# s2s show tests/cases/ufuncs.py::arctan_product --mode hvp --wrt 0,1
def arctan_product_hvp(x, y, x_dot, y_dot):
    t1 = x * y
    t2 = 1 + t1 ** 2
    t1_bar = unreduce(1.0, np.arctan(t1)) / t2
    t1_bar_dot = -(t1_bar * ((x_dot * y + x * y_dot) * 2 * t1)) / t2
    x_bar_dot = t1_bar_dot * y + t1_bar * y_dot
    y_bar_dot = t1_bar_dot * x + t1_bar * x_dot
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot
