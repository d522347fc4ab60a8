# s2s show ../../tests/cases/control.py::enumerate_zip_nested_unpack --wrt 0,1 --backend jax
def enumerate_zip_nested_unpack_grad(x, y):
    r = range(min(len(x), len(y)))

    def for_body(carry, i):
        t1 = x[i]
        t2 = y[i]
        t3 = i + 1.0
        return (), (t1, t2, t3, t3 * t1, jnp.exp(t2))
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)

    def for_body_2(carry, step):
        x_bar, y_bar = carry
        i1, (t1, t2, t3, t4, t5) = step
        y_bar = add_at(y_bar, i1, unbroadcast(t4 * t5, t2))
        x_bar = add_at(x_bar, i1, unbroadcast(t5 * t3, t1))
        return (x_bar, y_bar), None
    (x_bar, y_bar), _ = scan(for_body_2, (x_bar, y_bar), (r, tape), reverse=True)
    return x_bar, y_bar
