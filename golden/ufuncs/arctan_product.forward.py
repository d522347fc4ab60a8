# s2s show ../../tests/cases/ufuncs.py::arctan_product --mode forward --wrt 0,1
def arctan_product_jvp(x, y, x_dot, y_dot):
    t1 = x * y
    t2 = np.sum((x_dot * y + x * y_dot) / (1 + t1 ** 2))
    return np.sum(np.arctan(t1)), t2
