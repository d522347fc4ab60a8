# s2s show ../../tests/cases/arith.py::add_sub_mul_div --wrt 0,1 --backend jax
def add_sub_mul_div_grad(x, y):
    t1 = y * y + 1.0
    t2 = x / t1
    t4 = broadcast_like(1.0, x * y - t2 + 2.0 * x - y)
    y_bar = -t4
    x_bar = t4 * 2.0
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar / t1, x)
    t3 = unbroadcast(t4 * t2 / t1 * y, y)
    y_bar = t3 - unbroadcast(t4, y)
    y_bar = y_bar + t3
    x_bar = x_bar + unbroadcast(t4 * y, x)
    y_bar = y_bar + unbroadcast(t4 * x, y)
    return x_bar, y_bar
