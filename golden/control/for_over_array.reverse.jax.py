# s2s show ../../tests/cases/control.py::for_over_array --wrt 0 --backend jax
def for_over_array_grad(x):
    acc = jnp.zeros(4)
    r = range(len(x))

    def for_body(carry, i):
        acc, = carry
        row = x[i]
        t1 = jnp.tanh(row)
        acc = acc + t1
        return (acc,), (t1, row)
    (acc,), tape = scan(for_body, (acc,), r)
    acc_bar = 2.0 * acc
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        x_bar, = carry
        i1, (t1, row) = step
        row_bar = acc_bar * (1 - t1 ** 2)
        x_bar = add_at(x_bar, i1, unbroadcast(row_bar, row))
        return (x_bar,), None
    (x_bar,), _ = scan(for_body_2, (x_bar,), (r, tape), reverse=True)
    return x_bar
