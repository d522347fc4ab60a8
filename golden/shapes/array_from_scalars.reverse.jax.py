# s2s show tests/cases/shapes.py::array_from_scalars --wrt 0,1 --backend jax
def array_from_scalars_grad(a, b):
    v = jnp.array([a, b, a * b])
    t1 = jnp.array([1.0, 2.0, 3.0])
    t2 = v ** 2 * t1
    v_bar = broadcast_like(1.0, t2) * t1 * 2 * v
    t3 = unbroadcast(v_bar, v)
    a_bar = t3[0]
    b_bar = t3[1]
    t4 = t3[2]
    a_bar = a_bar + unbroadcast(t4 * b, a)
    b_bar = b_bar + unbroadcast(t4 * a, b)
    return jnp.sum(t2), a_bar, b_bar
