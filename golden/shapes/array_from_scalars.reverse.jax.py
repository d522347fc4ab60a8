# s2s show tests/cases/shapes.py::array_from_scalars --wrt 0,1 --backend jax
def array_from_scalars_grad(a, b):
    v = jnp.array([a, b, a * b])
    t1 = array_([1.0, 2.0, 3.0])
    v_bar = t1 * 2 * v
    v_bar = unbroadcast(v_bar, v)
    a_bar = v_bar[0]
    b_bar = v_bar[1]
    t2 = v_bar[2]
    a_bar = a_bar + unbroadcast(t2 * b, a)
    b_bar = b_bar + unbroadcast(t2 * a, b)
    return jnp.sum(v ** 2 * t1), a_bar, b_bar
