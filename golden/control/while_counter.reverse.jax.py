# s2s show ../../tests/cases/control.py::while_counter --wrt 0 --backend jax
def while_counter_grad(x):
    i, y, steps = 0, x, 0

    def while_cond(carry):
        i, y, steps = carry
        return i < 4

    def while_body(carry):
        i, y, steps = carry
        y_1 = jnp.sin(y) + x
        i = i + 1
        return (i, y_1, steps + 1), y
    (i, y, steps), tape = while_scan(while_cond, while_body, (i, y, steps), max_steps=4)
    y_bar = broadcast_like(1.0, y)

    def for_body(carry, y):
        y_bar, = carry
        y_bar_1 = y_bar * jnp.cos(y)
        return (y_bar_1,), y_bar
    (y_bar,), y_bar_all = scan(for_body, (y_bar,), tape, length=steps, reverse=True)
    x_bar = unbroadcast_sum(y_bar_all, x)
    x_bar = x_bar + unbroadcast(y_bar, x)
    return x_bar
