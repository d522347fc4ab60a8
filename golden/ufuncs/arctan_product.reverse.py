# s2s show tests/cases/ufuncs.py::arctan_product --wrt 0,1
def arctan_product_grad(x, y):
    t1 = x * y
    t2 = np.arctan(t1)
    t1_bar = unreduce(1.0, t2) / (1 + t1 ** 2)
    x_bar = t1_bar * y
    y_bar = t1_bar * x
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return np.sum(t2), x_bar, y_bar
