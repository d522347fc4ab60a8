# s2s show ../../tests/cases/control.py::loop_carries_tuple --wrt 0,1 --backend jax
def loop_carries_tuple_grad(x, y):
    r = range(4)
    a, b = x, y

    def for_body(carry, _):
        a, b = carry
        a_1 = jnp.tanh(a * b)
        b_1 = a + 0.5 * b
        return (a_1, b_1), (a, a_1, b)
    (a, b), tape = scan(for_body, (a, b), r)
    a_bar = broadcast_like(1.0, a + b)
    b_bar = a_bar

    def for_body_2(carry, step):
        a_bar, b_bar = carry
        _, (a, a_1, b) = step
        b_bar_1 = b_bar * 0.5
        t1 = a_bar * (1 - a_1 ** 2)
        a_bar = unbroadcast(b_bar, a) + unbroadcast(t1 * b, a)
        b_bar = unbroadcast(b_bar_1, b) + unbroadcast(t1 * a, b)
        return (a_bar, b_bar), None
    (a_bar, b_bar), _ = scan(for_body_2, (a_bar, b_bar), (r, tape), reverse=True)
    x_bar = unbroadcast(a_bar, x)
    y_bar = unbroadcast(b_bar, y)
    return x_bar, y_bar
