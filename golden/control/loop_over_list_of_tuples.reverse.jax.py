# s2s show ../../tests/cases/control.py::loop_over_list_of_tuples --wrt 0,1 --backend jax
def loop_over_list_of_tuples_grad(x, y):
    t1 = [(x, 1.0), (y, -2.0), (x * y, 0.5)]
    r = range(len(t1))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        t2 = t1[i]
        v, c = t2
        t3 = jnp.sum(jnp.sin(v))
        acc = acc + c * t3
        return (acc,), (t2, t3, c, v)
    (acc,), tape = scan(for_body, (acc,), r)
    t1_bar = zeros_like(t1)

    def for_body_2(carry, step):
        t1_bar, = carry
        i1, (t2, t3, c, v) = step
        v_bar = unbroadcast(c, acc) * jnp.cos(v)
        t1_bar = add_at(t1_bar, i1, (v_bar, unbroadcast(t3, t2[1])))
        return (t1_bar,), None
    (t1_bar,), _ = scan(for_body_2, (t1_bar,), (r, tape), reverse=True)
    t4 = t1_bar[2][0]
    x_bar = t4 * y
    y_bar = t4 * x
    y_bar = unbroadcast(y_bar, y) + t1_bar[1][0]
    x_bar = unbroadcast(x_bar, x) + t1_bar[0][0]
    return x_bar, y_bar
