# s2s show ../../tests/cases/inplace.py::setitem_accumulate --wrt 0,1 --backend jax
def setitem_accumulate_grad(x, w):
    y = jnp.zeros(3)
    r = range(3)

    def for_body(carry, i):
        y, = carry
        t1 = y[i]
        t2 = x[i]
        t3 = w[i]
        t4 = t1 + t2 * t3
        y = setitem(y, i, t4)
        t5 = y[i]
        t6 = t5 + t2
        y = setitem(y, i, t6)
        return (y,), (t1, t2, t3, t4, t5, t6)
    (y,), tape = scan(for_body, (y,), r)
    t7 = y[0]
    t8 = w[2]
    t9 = t7 - t8
    y = setitem(y, 0, t9)
    t10 = y[1]
    t11 = x[0]
    t12 = t10 * t11
    y = setitem(y, 1, t12)
    y_bar = 2.0 * y
    t12_bar = unbroadcast(jnp.copy(y_bar[1]), t12)
    y_bar = setitem(y_bar, 1, 0.0)
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, 0, unbroadcast(t12_bar * t10, t11))
    y_bar = add_at(y_bar, 1, unbroadcast(t12_bar * t11, t10))
    t9_bar = unbroadcast(jnp.copy(y_bar[0]), t9)
    y_bar = setitem(y_bar, 0, 0.0)
    w_bar = zeros_like(w)
    w_bar = add_at(w_bar, 2, -unbroadcast(t9_bar, t8))
    y_bar = add_at(y_bar, 0, unbroadcast(t9_bar, t7))

    def for_body_2(carry, step):
        y_bar, w_bar, x_bar = carry
        i, (t1, t2, t3, t4, t5, t6) = step
        t6_bar = unbroadcast(jnp.copy(y_bar[i]), t6)
        y_bar = setitem(y_bar, i, 0.0)
        y_bar = add_at(y_bar, i, unbroadcast(t6_bar, t5))
        t4_bar = unbroadcast(jnp.copy(y_bar[i]), t4)
        y_bar = setitem(y_bar, i, 0.0)
        w_bar = add_at(w_bar, i, unbroadcast(t4_bar * t2, t3))
        x_bar = add_at(x_bar, i, unbroadcast(t6_bar, t2) + unbroadcast(t4_bar * t3, t2))
        y_bar = add_at(y_bar, i, unbroadcast(t4_bar, t1))
        return (y_bar, w_bar, x_bar), None
    (y_bar, w_bar, x_bar), _ = scan(for_body_2, (y_bar, w_bar, x_bar), (r, tape), reverse=True)
    return x_bar, w_bar
