# s2s show ../../tests/cases/lowering.py::list_loop_in_branch --mode reverse --wrt 0,1 --backend jax
def list_loop_in_branch_grad(x, s):
    t1 = jnp.sum(x) < 0.3

    def if_true():
        t2 = [x, x * s]
        r = range(len(t2))
        x_1 = x

        def for_body(carry, i):
            x_1, = carry
            v = t2[i]
            t3 = jnp.sin(v)
            x_2 = t3 * s
            return (x_2,), (t3, v, x_1)
        (x_1,), tape = scan(for_body, (x_1,), r)
        return x_1, r, t2, tape

    def if_false():
        return x, None, None, None
    x_1, r, t2, tape = cond(t1, if_true, if_false)
    x_1_bar = x_1 + x_1

    def if_true_2():
        x_1_bar_1, t2_bar = x_1_bar, zeros_like(t2)

        def for_body_2(carry, step):
            x_1_bar_1, t2_bar = carry
            i1, (t3, v, x_1) = step
            t4 = x_1_bar_1 * t3
            v_bar = x_1_bar_1 * s * jnp.cos(v)
            t2_bar = add_at(t2_bar, i1, unbroadcast(v_bar, v))
            x_1_bar_1 = zeros_like(x_1)
            return (x_1_bar_1, t2_bar), t4
        (x_1_bar_1, t2_bar), t4_all = scan(for_body_2, (x_1_bar_1, t2_bar), (r, tape), reverse=True)
        s_bar = unbroadcast_sum(t4_all, s)
        x_bar = x_1_bar_1 + t2_bar[0]
        t5 = t2_bar[1]
        x_bar = x_bar + unbroadcast(t5 * s, x)
        s_bar = s_bar + unbroadcast(t5 * x, s)
        return s_bar, x_bar

    def if_false_2():
        s_bar = zeros_like(s)
        return s_bar, x_1_bar
    s_bar, x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    return x_bar, s_bar
