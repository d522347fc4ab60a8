# s2s show ../../tests/cases/control.py::for_enumerate_rows --wrt 0 --backend jax
def for_enumerate_rows_grad(x):
    r = range(len(x))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        t1 = x[i]
        t2 = i + 1
        acc = acc + t2 * jnp.sum(t1 ** 2)
        return (acc,), (t1, t2)
    (acc,), tape = scan(for_body, (acc,), r)
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        x_bar, = carry
        i1, (t1, t2) = step
        x_bar = add_at(x_bar, i1, unbroadcast(t2, acc) * 2 * t1)
        return (x_bar,), None
    (x_bar,), _ = scan(for_body_2, (x_bar,), (r, tape), reverse=True)
    return x_bar
