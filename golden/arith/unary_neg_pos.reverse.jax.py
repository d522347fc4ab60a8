# s2s show ../../tests/cases/arith.py::unary_neg_pos --wrt 0,1 --backend jax
def unary_neg_pos_grad(x, y):
    t1 = +y
    t3 = broadcast_like(1.0, x * x - t1 * x)
    x_bar = t3 * x
    t2 = unbroadcast(x_bar, x)
    x_bar = t2 + t2
    x_bar = x_bar - unbroadcast(t1 * t3, x)
    y_bar = -unbroadcast(x * t3, y)
    return x_bar, y_bar
