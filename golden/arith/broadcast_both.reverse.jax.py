# s2s show tests/cases/arith.py::broadcast_both --wrt 0,1 --backend jax
def broadcast_both_grad(a, b):
    t1 = a - b
    t2 = t1 ** 2
    t3 = t2 * a
    t4 = broadcast_like(1.0, t3)
    a_bar = t4 * t2
    t1_bar = t4 * a * 2 * t1
    a_bar = unbroadcast(a_bar, a) + unbroadcast(t1_bar, a)
    b_bar = -t1_bar
    b_bar = unbroadcast(b_bar, b)
    return jnp.sum(t3), a_bar, b_bar
