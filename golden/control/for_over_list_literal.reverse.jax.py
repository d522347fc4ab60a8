# s2s show ../../tests/cases/control.py::for_over_list_literal --wrt 0 --backend jax
def for_over_list_literal_grad(x):
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        c = t1[i]
        t2 = c * x
        acc = acc + c * jnp.sum(jnp.sin(t2))
        return (acc,), (t2, c)
    (acc,), tape = scan(for_body, (acc,), r)

    def for_body_2(carry, step):
        _, (t2, c) = step
        return (), unbroadcast(c, acc) * jnp.cos(t2) * c
    (), t3 = scan(for_body_2, (), (r, tape), reverse=True)
    x_bar = unbroadcast_sum(t3, x)
    return x_bar
