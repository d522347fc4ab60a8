# s2s show tests/cases/arith.py::add_sub_mul_div --wrt 0,1 --backend jax
def add_sub_mul_div_grad(x, y):
    t1 = y * y + 1.0
    t2 = x / t1
    t3 = x * y - t2 + 2.0 * x - y
    t4 = broadcast_like(1.0, t3)
    y_bar = -t4
    x_bar = t4 * 2.0
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar / t1, x)
    t5 = unbroadcast(t4 * t2 / t1 * y, y)
    y_bar = unbroadcast(y_bar, y) + t5
    y_bar = y_bar + t5
    x_bar = x_bar + unbroadcast(t4 * y, x)
    y_bar = y_bar + unbroadcast(t4 * x, y)
    return jnp.sum(t3), x_bar, y_bar
