# s2s show ../../tests/cases/ufuncs.py::arctan_product --wrt 0,1 --backend jax
def arctan_product_grad(x, y):
    t1 = 1 + (x * y) ** 2
    x_bar = y / t1
    y_bar = x / t1
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar
