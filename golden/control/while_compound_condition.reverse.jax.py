# s2s show ../../tests/cases/control.py::while_compound_condition --wrt 0 --backend jax
def while_compound_condition_grad(x):
    i, y, steps = 0, x, 0

    def while_cond(carry):
        i, y, steps = carry
        t1 = i < 20

        def if_true():
            return jnp.sum(y) < 30.0

        def if_false():
            return t1
        t2 = cond(t1, if_true, if_false)
        return t2

    def while_body(carry):
        i, y, steps = carry
        y = y * 1.2 + 0.1
        i = i + 1
        return i, y, steps + 1
    i, y, steps = while_loop(while_cond, while_body, (i, y, steps))
    y_bar = x

    def for_body(carry, _):
        y_bar, = carry
        y_bar = y_bar * 1.2
        return (y_bar,), None
    (y_bar,), _ = scan(for_body, (y_bar,), None, length=steps)
    x_bar = y + y_bar
    return x_bar
