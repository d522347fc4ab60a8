# s2s show tests/cases/arith.py::tuple_unpacking --wrt 0,1 --backend jax
def tuple_unpacking_grad(x, y):
    a = x * 2.0
    b = y + 1.0
    t1 = b * a
    t2 = b - a
    t3 = t1 * t2
    t4 = t1 + t3 * x
    t4_bar = broadcast_like(1.0, t4)
    t3_bar = t4_bar * x
    x_bar = t4_bar * t3
    t1_bar = unbroadcast(t4_bar, t1) + unbroadcast(t3_bar * t2, t1)
    t2_bar = t3_bar * t1
    a_bar = -t2_bar
    b_bar = unbroadcast(t2_bar, b) + unbroadcast(t1_bar * a, b)
    a_bar = unbroadcast(a_bar, a) + unbroadcast(t1_bar * b, a)
    x_bar = unbroadcast(x_bar, x) + a_bar * 2.0
    return jnp.sum(t4), x_bar, b_bar
