# s2s show ../../tests/cases/inplace.py::setitem_zeros_like --wrt 0 --backend jax
def setitem_zeros_like_grad(x):
    y = jnp.zeros_like(x)
    r = range(3)

    def for_body(carry, i):
        y, = carry
        t1 = x[i]
        t2 = i + 1
        t3 = t1 * t2
        y = setitem(y, i, t3)
        return (y,), (t1, t2, t3)
    (y,), tape = scan(for_body, (y,), r)
    t4 = y[0, 1]
    t5 = x[2, 0]
    t6 = t4 + t5
    y = setitem(y, (0, 1), t6)
    t7 = jnp.cos(y)
    t6_bar = unbroadcast(jnp.copy(t7[0, 1]), t6)
    y_bar = t7.at[0, 1].set(0.0)
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, (2, 0), unbroadcast(t6_bar, t5))
    y_bar = add_at(y_bar, (0, 1), unbroadcast(t6_bar, t4))

    def for_body_2(carry, step):
        y_bar, x_bar = carry
        i, (t1, t2, t3) = step
        t3_bar = unbroadcast(jnp.copy(y_bar[i]), t3)
        y_bar = setitem(y_bar, i, 0.0)
        x_bar = add_at(x_bar, i, unbroadcast(t3_bar * t2, t1))
        return (y_bar, x_bar), None
    (y_bar, x_bar), _ = scan(for_body_2, (y_bar, x_bar), (r, tape), reverse=True)
    return x_bar
