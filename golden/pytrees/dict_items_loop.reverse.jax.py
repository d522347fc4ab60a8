# s2s show tests/cases/pytrees.py::dict_items_loop --wrt 0 --backend jax
def dict_items_loop_grad(p):
    keys = list(p)
    r = range(len(keys))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        t1 = keys[i]
        t2 = p[t1]
        t3 = jnp.sum(t2 ** 2)
        t4 = len(t1)
        acc = acc + t3 * t4
        return (acc,), (t1, t2, t3, t4)
    (acc,), tape = scan(for_body, (acc,), r)
    p_bar = zeros_like(p)

    def for_body_2(carry, step):
        p_bar, = carry
        _, (t1, t2, t3, t4) = step
        p_bar = add_at(p_bar, t1, unbroadcast(t4, t3) * 2 * t2)
        return (p_bar,), None
    (p_bar,), _ = scan(for_body_2, (p_bar,), (r, tape), reverse=True)
    return acc, p_bar
