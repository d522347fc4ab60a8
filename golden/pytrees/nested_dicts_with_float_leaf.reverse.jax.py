# s2s show ../../tests/cases/pytrees.py::nested_dicts_with_float_leaf --wrt 0 --backend jax
def nested_dicts_with_float_leaf_grad(p):
    t1 = p['enc']
    t2 = t1['w']
    t3 = t1['s']
    h = t2 * t3
    t4 = p['dec']
    r = range(len(t4))

    def for_body(carry, i):
        h, = carry
        v = t4[i]
        t5 = h * v
        h_1 = jnp.sin(t5)
        return (h_1,), (t5, h, v)
    (h,), tape = scan(for_body, (h,), r)
    h_bar, t4_bar = broadcast_like(1.0, h), zeros_like(t4)

    def for_body_2(carry, step):
        h_bar, t4_bar = carry
        i1, (t5, h, v) = step
        t5_bar = h_bar * jnp.cos(t5)
        h_bar = t5_bar * v
        v_bar = t5_bar * h
        t4_bar = add_at(t4_bar, i1, unbroadcast(v_bar, v))
        return (h_bar, t4_bar), None
    (h_bar, t4_bar), _ = scan(for_body_2, (h_bar, t4_bar), (r, tape), reverse=True)
    p_bar = zeros_like(p)
    p_bar = add_at(p_bar, 'dec', t4_bar)
    t1_bar = zeros_like(t1)
    t1_bar1 = add_at(t1_bar, 's', unbroadcast(h_bar * t2, t3))
    t1_bar2 = add_at(t1_bar1, 'w', unbroadcast(h_bar * t3, t2))
    p_bar = add_at(p_bar, 'enc', t1_bar2)
    return p_bar
