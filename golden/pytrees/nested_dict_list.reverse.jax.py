# s2s show ../../tests/cases/pytrees.py::nested_dict_list --wrt 0 --backend jax
def nested_dict_list_grad(p, x):
    t1 = p['layers']
    r = range(len(t1))
    h = x

    def for_body(carry, i):
        h, = carry
        t2 = t1[i]
        W, b = t2
        t3 = h @ W + b
        h_1 = jnp.maximum(t3, 0.0) + 0.1 * t3
        return (h_1,), (t2, t3, W, h)
    (h,), tape = scan(for_body, (h,), r)
    t4 = p['scale']
    h_bar = t4 * 2 * h
    p_bar = zeros_like(p)
    p_bar = add_at(p_bar, 'scale', unbroadcast(h ** 2, t4))
    h_bar, t1_bar = unbroadcast(h_bar, h), zeros_like(t1)

    def for_body_2(carry, step):
        h_bar, t1_bar = carry
        i1, (t2, t3, W, h) = step
        t3_bar = h_bar * 0.1 + h_bar * jnp.where(t3 == 0.0, 0.5, t3 > 0.0)
        h_bar = matmul_vjp_lhs(t3_bar, h, W)
        W_bar = matmul_vjp_rhs(t3_bar, h, W)
        t1_bar = add_at(t1_bar, i1, (W_bar, unbroadcast(t3_bar, t2[1])))
        return (h_bar, t1_bar), None
    (h_bar, t1_bar), _ = scan(for_body_2, (h_bar, t1_bar), (r, tape), reverse=True)
    p_bar = add_at(p_bar, 'layers', t1_bar)
    return p_bar
