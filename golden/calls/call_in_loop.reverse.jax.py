# s2s show ../../tests/cases/calls.py::call_in_loop --wrt 0 --backend jax
def call_in_loop_grad(x):
    r = range(3)
    y = x

    def for_body(carry, _):
        y, = carry
        return (jnp.sin(y) * 2.0,), y
    (y,), tape = scan(for_body, (y,), r)
    y_bar = broadcast_like(1.0, y)

    def for_body_2(carry, step):
        y_bar, = carry
        _, y = step
        y_bar = y_bar * 2.0 * jnp.cos(y)
        return (y_bar,), None
    (y_bar,), _ = scan(for_body_2, (y_bar,), (r, tape), reverse=True)
    return y_bar
