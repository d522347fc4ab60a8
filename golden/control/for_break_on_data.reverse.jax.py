# s2s show ../../tests/cases/control.py::for_break_on_data --wrt 0 --backend jax
def for_break_on_data_grad(x):
    n = len(range(20))
    broke, j, y, steps = False, 0, x, 0

    def while_cond(carry):
        broke, j, y, steps = carry
        return and_(j < n, not_(broke))

    def while_body(carry):
        broke, j, y, steps = carry
        j = j + 1
        y = y * 1.5

        def if_true():
            return True

        def if_false():
            return broke
        broke = cond(jnp.sum(y * y) > 50.0, if_true, if_false)
        return broke, j, y, steps + 1
    broke, j, y, steps = while_loop(while_cond, while_body, (broke, j, y, steps))
    y_bar = broadcast_like(1.0, y)

    def for_body(carry, _):
        y_bar, = carry
        y_bar = y_bar * 1.5
        return (y_bar,), None
    (y_bar,), _ = scan(for_body, (y_bar,), None, length=steps)
    return y_bar
