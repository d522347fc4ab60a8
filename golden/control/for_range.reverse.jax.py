# s2s show ../../tests/cases/control.py::for_range --wrt 0 --backend jax
def for_range_grad(x):
    r = range(jnp.shape(x)[0])

    def for_body(carry, i):
        return (), (x[i], i + 1.0)
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        x_bar, = carry
        i, (t1, t2) = step
        x_bar = add_at(x_bar, i, unbroadcast(t2, t1))
        return (x_bar,), None
    (x_bar,), _ = scan(for_body_2, (x_bar,), (r, tape), reverse=True)
    return x_bar
