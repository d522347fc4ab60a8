# s2s show ../../tests/cases/control.py::while_break --wrt 0 --backend jax
def while_break_grad(x):
    broke, k, y, steps = False, 0, x, 0

    def while_cond(carry):
        broke, k, y, steps = carry
        return and_(not_(broke), True)

    def while_body(carry):
        broke, k, y, steps = carry
        y_1 = y + jnp.sin(y)
        k = k + 1
        t1 = k >= 10

        def if_true():
            return t1

        def if_false():
            return jnp.max(y_1) > 3.0
        t1 = cond(t1, if_true, if_false)

        def if_true_2():
            return True

        def if_false_2():
            return broke
        broke = cond(t1, if_true_2, if_false_2)
        return (broke, k, y_1, steps + 1), y
    (broke, k, y, steps), tape = while_scan(while_cond, while_body, (broke, k, y, steps))
    y_bar = 2.0 * y

    def for_body(carry, y):
        y_bar, = carry
        y_bar = y_bar + y_bar * jnp.cos(y)
        return (y_bar,), None
    (y_bar,), _ = scan(for_body, (y_bar,), tape, length=steps, reverse=True)
    return y_bar
