# s2s show tests/cases/pytrees.py::dict_loop_over_keys --wrt 0 --backend jax
def dict_loop_over_keys_grad(p):
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        k = t1[i]
        t2 = p[k]
        t3 = jnp.sum(jnp.sin(t2))
        acc = acc + t3
        return (acc,), (t2, t3, k)
    (acc,), tape = scan(for_body, (acc,), r)
    p_bar = zeros_like(p)

    def for_body_2(carry, step):
        p_bar, = carry
        _, (t2, t3, k) = step
        p_bar = add_at(p_bar, k, unbroadcast(1.0, t3) * jnp.cos(t2))
        return (p_bar,), None
    (p_bar,), _ = scan(for_body_2, (p_bar,), (r, tape), reverse=True)
    return acc, p_bar
