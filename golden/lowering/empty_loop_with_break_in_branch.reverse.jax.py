# s2s show ../../tests/cases/lowering.py::empty_loop_with_break_in_branch --mode reverse --wrt 0,1 --backend jax
def empty_loop_with_break_in_branch_grad(x, s):
    t1 = jnp.sum(x) < 0.3

    def if_true_2():
        t2 = [x, x, x]
        t3 = t2[2:-1]
        n = len(t3)
        broke, i, s_1, steps = False, 0, s, 0

        def while_cond(carry):
            broke, i, s_1, steps = carry
            return and_(i < n, not_(broke))

        def while_body(carry):
            broke, i, s_1, steps = carry
            v = t3[i]
            i_1 = i + 1
            s_2 = jnp.max(v)

            def if_true():
                return True

            def if_false():
                return broke
            broke = cond(jnp.sum(v) < 0.4, if_true, if_false)
            return (broke, i_1, s_2, steps + 1), (i, s_1, s_2, v)
        (broke, i, s_1, steps), tape = while_scan(while_cond, while_body, (broke, i, s_1, steps), max_steps=n)
        return s_1, steps, t2, t3, tape

    def if_false_2():
        return s, None, None, None, None
    s_1, steps, t2, t3, tape = cond(t1, if_true_2, if_false_2)
    t4 = jnp.sum(x * x)
    x_bar = s_1 * x
    x_bar = x_bar + x_bar

    def if_true_3():
        s_1_bar, t3_bar = t4, zeros_like(t3)

        def for_body(carry, step):
            s_1_bar, t3_bar = carry
            i, s_1, s_2, v = step
            v_bar = unreduce_extremum(s_1_bar, v, s_2)
            t3_bar = add_at(t3_bar, i, v_bar)
            s_1_bar = zeros_like(s_1)
            return (s_1_bar, t3_bar), None
        (s_1_bar, t3_bar), _ = scan(for_body, (s_1_bar, t3_bar), tape, length=steps, reverse=True)
        t2_bar = zeros_like(t2)
        t2_bar1 = add_at(t2_bar, jnp.s_[2:-1], t3_bar)
        x_bar_1 = x_bar + t2_bar1[0]
        x_bar_1 = x_bar_1 + t2_bar1[1]
        x_bar_1 = x_bar_1 + t2_bar1[2]
        return s_1_bar, x_bar_1

    def if_false_3():
        return t4, x_bar
    s_1_bar, x_bar_1 = cond(t1, if_true_3, if_false_3, cotangents=(0, 1))
    return x_bar_1, s_1_bar
