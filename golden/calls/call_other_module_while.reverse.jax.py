# s2s show ../../tests/cases/calls.py::call_other_module_while --wrt 0 --backend jax
def call_other_module_while_grad(x):
    y, steps = x, 0

    def while_cond(carry):
        y, steps = carry
        return jnp.sum(y * y) > 1.0

    def while_body(carry):
        y, steps = carry
        y = y * 0.5
        return y, steps + 1
    y, steps = while_loop(while_cond, while_body, (y, steps))
    y_bar = 3.0 * y ** 2

    def for_body(carry, _):
        y_bar, = carry
        y_bar = y_bar * 0.5
        return (y_bar,), None
    (y_bar,), _ = scan(for_body, (y_bar,), None, length=steps)
    return y_bar
