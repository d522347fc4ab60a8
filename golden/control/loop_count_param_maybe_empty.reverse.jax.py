# s2s show ../../tests/cases/control.py::loop_count_param_maybe_empty --wrt 0 --backend jax
def loop_count_param_maybe_empty_grad(x, n):
    r = range(n)
    y = x

    def for_body(carry, _):
        y, = carry
        y_1 = jnp.sin(y) * 1.5
        return (y_1,), y
    (y,), tape = scan(for_body, (y,), r)
    y_bar = x

    def for_body_2(carry, step):
        y_bar, = carry
        _, y_1 = step
        y_bar = y_bar * 1.5 * jnp.cos(y_1)
        return (y_bar,), None
    (y_bar,), _ = scan(for_body_2, (y_bar,), (r, tape), reverse=True)
    x_bar = y + y_bar
    return x_bar
