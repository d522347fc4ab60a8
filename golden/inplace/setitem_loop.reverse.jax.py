# s2s show ../../tests/cases/inplace.py::setitem_loop --wrt 0,1 --backend jax
def setitem_loop_grad(x, w):
    y = jnp.zeros(4)
    r = range(4)

    def for_body(carry, i):
        y, = carry
        t1 = x[i]
        t2 = t1 ** 2
        y = setitem(y, i, t2)
        return (y,), (t1, t2)
    (y,), tape = scan(for_body, (y,), r)
    x_bar = zeros_like(x)
    y_bar = unbroadcast(w, y)

    def for_body_2(carry, step):
        y_bar, x_bar = carry
        i, (t1, t2) = step
        t2_bar = unbroadcast(jnp.copy(y_bar[i]), t2)
        y_bar = setitem(y_bar, i, 0.0)
        x_bar = add_at(x_bar, i, t2_bar * 2 * t1)
        return (y_bar, x_bar), None
    (y_bar, x_bar), _ = scan(for_body_2, (y_bar, x_bar), (r, tape), reverse=True)
    w_bar = unbroadcast(y, w)
    return x_bar, w_bar
