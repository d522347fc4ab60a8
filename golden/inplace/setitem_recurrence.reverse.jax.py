# s2s show ../../tests/cases/inplace.py::setitem_recurrence --wrt 0 --backend jax
def setitem_recurrence_grad(x):
    y = jnp.zeros(5)
    t1 = x[0]
    y = y.at[0].set(t1)
    r = range(1, 5)

    def for_body(carry, i):
        y, = carry
        t2 = i - 1
        t3 = y[t2]
        t4 = x[i]
        t5 = 0.5 * t3 + t4 * t3 + t4
        y = setitem(y, i, t5)
        return (y,), (t2, t5, t3, t4)
    (y,), tape = scan(for_body, (y,), r)
    x_bar = zeros_like(x)
    y_bar = broadcast_like(1.0, y)

    def for_body_2(carry, step):
        y_bar, x_bar = carry
        i, (t2, t5, t3, t4) = step
        t5_bar = unbroadcast(jnp.copy(y_bar[i]), t5)
        y_bar = setitem(y_bar, i, 0.0)
        x_bar = add_at(x_bar, i, unbroadcast(t5_bar, t4) + unbroadcast(t5_bar * t3, t4))
        y_bar = add_at(y_bar, t2, unbroadcast(t5_bar * t4, t3) + unbroadcast(t5_bar * 0.5, t3))
        return (y_bar, x_bar), None
    (y_bar, x_bar), _ = scan(for_body_2, (y_bar, x_bar), (r, tape), reverse=True)
    x_bar = add_at(x_bar, 0, unbroadcast(y_bar[0], t1))
    return x_bar
