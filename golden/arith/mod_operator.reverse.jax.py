# s2s show ../../tests/cases/arith.py::mod_operator --wrt 0,1 --backend jax
def mod_operator_grad(x, y):
    t1 = x % 1.5
    t2 = broadcast_like(1.0, t1 * y + x % y)
    y_bar = unbroadcast(t2 * t1, y) - unbroadcast(x // y * t2, y)
    x_bar = unbroadcast(t2, x) + unbroadcast(t2 * y, x)
    return x_bar, y_bar
