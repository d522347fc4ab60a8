# s2s show ../../tests/cases/pytrees.py::dict_loop_over_keys --wrt 0 --backend jax
def dict_loop_over_keys_grad(p):
    t1 = 'a', 'b', 'c'
    r = range(len(t1))

    def for_body(carry, i):
        k = t1[i]
        return (), (p[k], k)
    (), tape = scan(for_body, (), r)
    p_bar = zeros_like(p)

    def for_body_2(carry, step):
        p_bar, = carry
        _, (t2, k) = step
        p_bar = add_at(p_bar, k, jnp.cos(t2))
        return (p_bar,), None
    (p_bar,), _ = scan(for_body_2, (p_bar,), (r, tape), reverse=True)
    return p_bar
