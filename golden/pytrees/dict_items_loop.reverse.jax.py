# s2s show ../../tests/cases/pytrees.py::dict_items_loop --wrt 0 --backend jax
def dict_items_loop_grad(p):
    keys = list(p)
    r = range(len(keys))

    def for_body(carry, i):
        t1 = keys[i]
        return (), (t1, p[t1], len(t1))
    (), tape = scan(for_body, (), r)
    p_bar = zeros_like(p)

    def for_body_2(carry, step):
        p_bar, = carry
        _, (t1, t2, t3) = step
        p_bar = add_at(p_bar, t1, t3 * 2 * t2)
        return (p_bar,), None
    (p_bar,), _ = scan(for_body_2, (p_bar,), (r, tape), reverse=True)
    return p_bar
