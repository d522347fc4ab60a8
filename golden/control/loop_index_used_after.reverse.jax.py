# s2s show ../../tests/cases/control.py::loop_index_used_after --wrt 0 --backend jax
def loop_index_used_after_grad(x):
    r = range(3)
    for i in r:
        x = x * 1.1 + 0.1
    t1 = x[i]
    t2 = jnp.sum(x)
    t3 = broadcast_like(t1, x)
    x_bar = add_at(t3, i, t2)

    def for_body(carry, _):
        x_bar, = carry
        x_bar = x_bar * 1.1
        return (x_bar,), None
    (x_bar,), _ = scan(for_body, (x_bar,), r, reverse=True)
    return t1 * t2, x_bar
