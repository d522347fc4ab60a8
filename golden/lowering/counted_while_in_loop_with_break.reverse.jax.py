# s2s show ../../tests/cases/lowering.py::counted_while_in_loop_with_break --mode reverse --wrt 0,1 --backend jax
def counted_while_in_loop_with_break_grad(x, s):
    n1 = len(range(4))
    t1 = s > 0.0
    broke, j, steps = False, 0, 0

    def while_cond_2(carry):
        broke, j, x, steps = carry
        return and_(j < n1, not_(broke))

    def while_body_2(carry):
        broke, j, x, steps = carry
        j = j + 1
        n, steps1 = 0, 0

        def while_cond(carry):
            n, x, steps1 = carry
            return n < 1

        def while_body(carry):
            n, x, steps1 = carry
            t2 = 1.0 + x * x
            x_1 = x / t2
            n = n + 1
            return (n, x_1, steps1 + 1), (t2, x, x_1)
        (n, x, steps1), recorded = while_scan(while_cond, while_body, (n, x, steps1), max_steps=1)

        def if_true():
            return True

        def if_false():
            return broke
        broke = cond(t1, if_true, if_false)
        return (broke, j, x, steps + 1), (steps1, recorded)
    (broke, j, x, steps), tape1 = while_scan(while_cond_2, while_body_2, (broke, j, x, steps), max_steps=n1)
    t3 = jnp.sum(x * x)
    x_bar = s * x
    x_bar = x_bar + x_bar

    def for_body_2(carry, step):
        x_bar, = carry
        steps1, recorded = step

        def for_body(carry, step):
            x_bar, = carry
            t2, x, x_1 = step
            x_bar_1 = x_bar / t2
            t4 = -(x_1 * x_bar) / t2 * x
            x_bar = x_bar_1 + t4
            x_bar = x_bar + t4
            return (x_bar,), None
        (x_bar,), _ = scan(for_body, (x_bar,), recorded, length=steps1, reverse=True)
        return (x_bar,), None
    (x_bar,), _ = scan(for_body_2, (x_bar,), tape1, length=steps, reverse=True)
    return x_bar, t3
