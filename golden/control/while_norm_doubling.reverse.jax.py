# s2s show ../../tests/cases/control.py::while_norm_doubling --wrt 0 --backend jax
def while_norm_doubling_grad(x):
    y, steps = x, 0

    def while_cond(carry):
        y, steps = carry
        return jnp.linalg.norm(y) < 1000

    def while_body(carry):
        y, steps = carry
        y = y * 2
        return y, steps + 1
    y, steps = while_loop(while_cond, while_body, (y, steps))
    y_bar = broadcast_like(1.0, y)

    def for_body(carry, _):
        y_bar, = carry
        y_bar = y_bar * 2
        return (y_bar,), None
    (y_bar,), _ = scan(for_body, (y_bar,), None, length=steps)
    return y_bar
