# s2s show ../../tests/cases/arith.py::broadcast_col --wrt 0,1 --backend jax
def broadcast_col_grad(x, c):
    t1 = c * c + 1.0
    c_bar = -(x * c / t1) / t1 * c
    t2 = unbroadcast(c_bar, c)
    c_bar = t2 + t2
    x_bar = c / t1
    c_bar = c_bar + unbroadcast(x / t1, c)
    x_bar = unbroadcast(x_bar, x)
    return x_bar, c_bar
