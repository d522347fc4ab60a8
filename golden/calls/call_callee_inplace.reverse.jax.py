# s2s show ../../tests/cases/calls.py::call_callee_inplace --wrt 0 --backend jax
def call_callee_inplace_grad(x):
    t1 = jnp.shape(x)[0]
    y = jnp.zeros(t1)
    r = range(t1)

    def for_body(carry, i):
        y, = carry
        t2 = x[i]
        t3 = i + 1
        t4 = t2 * t3
        y = setitem(y, i, t4)
        return (y,), (t2, t3, t4)
    (y,), tape = scan(for_body, (y,), r)
    y_bar = 2.0 * y
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        y_bar, x_bar = carry
        i, (t2, t3, t4) = step
        t4_bar = unbroadcast(jnp.copy(y_bar[i]), t4)
        y_bar = setitem(y_bar, i, 0.0)
        x_bar = add_at(x_bar, i, unbroadcast(t4_bar * t3, t2))
        return (y_bar, x_bar), None
    (y_bar, x_bar), _ = scan(for_body_2, (y_bar, x_bar), (r, tape), reverse=True)
    return x_bar
