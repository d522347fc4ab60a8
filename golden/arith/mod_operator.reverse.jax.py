# s2s show tests/cases/arith.py::mod_operator --wrt 0,1 --backend jax
def mod_operator_grad(x, y):
    t1 = x % 1.5
    t2 = t1 * y + x % y
    t3 = broadcast_like(1.0, t2)
    y_bar = -(x // y * t3)
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t3 * t1, y)
    x_bar = unbroadcast(t3, x) + unbroadcast(t3 * y, x)
    return jnp.sum(t2), x_bar, y_bar
