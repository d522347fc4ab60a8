# s2s show tests/cases/arith.py::broadcast_row --wrt 0,1 --backend jax
def broadcast_row_grad(x, b):
    t1 = x + b
    t2 = x - b
    t3 = t1 * t2
    t4 = broadcast_like(1.0, t3)
    t1_bar = t4 * t2
    t2_bar = t4 * t1
    b_bar = -t2_bar
    x_bar = unbroadcast(t2_bar, x) + unbroadcast(t1_bar, x)
    b_bar = unbroadcast(b_bar, b) + unbroadcast(t1_bar, b)
    return jnp.sum(t3), x_bar, b_bar
