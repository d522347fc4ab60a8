# s2s show ../../tests/cases/lowering.py::break_in_while_in_for_with_break --mode reverse --wrt 0,1 --backend jax
def break_in_while_in_for_with_break_grad(x, s):
    n1 = len(range(2))
    t1 = jnp.dot(x, x)
    t2 = jnp.sum(x) < -5.0
    broke, j, s_1, steps = False, 0, s, 0

    def while_cond_2(carry):
        broke, j, s_1, steps = carry
        return and_(j < n1, not_(broke))

    def while_body_2(carry):
        broke, j, s_1, steps = carry
        j = j + 1
        broke2, n, steps1 = False, 0, 0

        def while_cond(carry):
            broke2, n, s_1, steps1 = carry
            return and_(not_(broke2), n < 2)

        def while_body(carry):
            broke2, n, s_1, steps1 = carry
            s_2 = t1 * s_1

            def if_true(n):
                return True, n

            def if_false(n):
                n = n + 1
                return broke2, n
            broke2, n = cond(t2, if_true, if_false, n)
            return (broke2, n, s_2, steps1 + 1), s_1
        (broke2, n, s_1, steps1), recorded = while_scan(while_cond, while_body, (broke2, n, s_1, steps1))

        def if_true_2():
            return True

        def if_false_2():
            return broke
        broke = cond(s_1 > 10.0, if_true_2, if_false_2)
        return (broke, j, s_1, steps + 1), (steps1, recorded)
    (broke, j, s_1, steps), tape1 = while_scan(while_cond_2, while_body_2, (broke, j, s_1, steps), max_steps=n1)
    s_1_bar, t1_bar = 1.0, jnp.zeros_like(t1)

    def for_body_2(carry, step):
        s_1_bar, t1_bar = carry
        steps1, recorded = step

        def for_body(carry, s_1):
            s_1_bar, = carry
            t3 = s_1_bar * s_1
            s_1_bar = s_1_bar * t1
            return (s_1_bar,), t3
        (s_1_bar,), t3_all = scan(for_body, (s_1_bar,), recorded, length=steps1, reverse=True)
        return (s_1_bar, t1_bar + unbroadcast_sum(t3_all, t1)), None
    (s_1_bar, t1_bar), _ = scan(for_body_2, (s_1_bar, t1_bar), tape1, length=steps, reverse=True)
    x_bar = dot_vjp_lhs(t1_bar, x, x)
    x_bar = x_bar + dot_vjp_rhs(t1_bar, x, x)
    s_bar = unbroadcast(s_1_bar, s)
    return x_bar, s_bar
