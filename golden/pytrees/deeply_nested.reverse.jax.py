# s2s show tests/cases/pytrees.py::deeply_nested --wrt 0 --backend jax
def deeply_nested_grad(t):
    a, t1 = t
    b, t2 = t1
    c, s = t2
    t3 = a * b
    t4 = t3 * c
    t5 = jnp.sum(t4)
    s_bar = 2.0 * s
    s_bar = s_bar + t5
    t6 = broadcast_like(s, t4)
    t3_bar = t6 * c
    c_bar = t6 * t3
    a_bar = t3_bar * b
    b_bar = t3_bar * a
    t7 = t[1]
    t8 = unbroadcast(b_bar, t7[0]), (unbroadcast(c_bar, t7[1][0]), s_bar)
    t_bar = unbroadcast(a_bar, t[0]), t8
    return t5 * s + s ** 2, t_bar
