# s2s show ../../tests/cases/closures.py::global_int_range --wrt 0 --backend jax
def global_int_range_grad(x):
    r = range(N_STEPS)
    y = x

    def for_body(carry, _):
        y, = carry
        y_1 = jnp.sin(y) * SCALE
        return (y_1,), y
    (y,), tape = scan(for_body, (y,), r)
    y_bar = broadcast_like(1.0, y)

    def for_body_2(carry, step):
        y_bar, = carry
        _, y = step
        y_bar = y_bar * SCALE * jnp.cos(y)
        return (y_bar,), None
    (y_bar,), _ = scan(for_body_2, (y_bar,), (r, tape), reverse=True)
    x_bar = unbroadcast(y_bar, x)
    return x_bar
