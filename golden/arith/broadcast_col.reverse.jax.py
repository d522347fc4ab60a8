# s2s show tests/cases/arith.py::broadcast_col --wrt 0,1 --backend jax
def broadcast_col_grad(x, c):
    t1 = c * c + 1.0
    t2 = x * c / t1
    t3 = broadcast_like(1.0, t2)
    t5 = t3 / t1
    c_bar = -(t2 * t3) / t1 * c
    t4 = unbroadcast(c_bar, c)
    c_bar = t4 + t4
    x_bar = t5 * c
    c_bar = c_bar + unbroadcast(t5 * x, c)
    x_bar = unbroadcast(x_bar, x)
    return jnp.sum(t2), x_bar, c_bar
