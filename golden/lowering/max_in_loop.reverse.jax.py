# s2s show ../../tests/cases/lowering.py::max_in_loop --mode reverse --wrt 0,1 --backend jax
def max_in_loop_grad(x, s):
    r = range(4)
    t1 = jnp.sin(x)
    s_1 = s

    def for_body(carry, _):
        s_1, = carry
        a = t1 * s_1
        s_2 = jnp.max(a)
        return (s_2,), (a, s_1, s_2)
    (s_1,), tape = scan(for_body, (s_1,), r)
    s_1_bar = 1.0

    def for_body_2(carry, step):
        s_1_bar, = carry
        _, (a, s_1, s_2) = step
        a_bar = unreduce_extremum(s_1_bar, a, s_2)
        s_1_bar = a_bar * t1
        return (s_1_bar,), a_bar * s_1
    (s_1_bar,), t2 = scan(for_body_2, (s_1_bar,), (r, tape), reverse=True)
    x_bar = unbroadcast_sum(t2, t1) * jnp.cos(x)
    s_bar = unbroadcast(s_1_bar, s)
    return x_bar, s_bar
