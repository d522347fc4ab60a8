# s2s show ../../tests/cases/control.py::loop_index_used_after --wrt 0 --backend jax
def loop_index_used_after_grad(x):
    r = range(3)
    for i in r:
        x = x * 1.1 + 0.1
    t1 = broadcast_like(x[i], x)
    x_bar = add_at(t1, i, jnp.sum(x))

    def for_body(carry, _):
        x_bar, = carry
        x_bar = x_bar * 1.1
        return (x_bar,), None
    (x_bar,), _ = scan(for_body, (x_bar,), r, reverse=True)
    return x_bar
