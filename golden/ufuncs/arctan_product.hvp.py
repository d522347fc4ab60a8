# s2s show ../../tests/cases/ufuncs.py::arctan_product --mode hvp --wrt 0,1
def arctan_product_hvp(x, y, x_dot, y_dot):
    t1 = x * y
    t2 = 1 + t1 ** 2
    t3 = (x_dot * y + x * y_dot) * 2 * t1
    x_bar = y / t2
    x_bar_dot = (y_dot - x_bar * t3) / t2
    y_bar = x / t2
    y_bar_dot = (x_dot - y_bar * t3) / t2
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot
