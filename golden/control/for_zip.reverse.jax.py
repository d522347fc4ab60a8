# s2s show ../../tests/cases/control.py::for_zip --wrt 0,1 --backend jax
def for_zip_grad(x, y):
    r = range(min(len(x), len(y)))

    def for_body(carry, i):
        t1 = x[i]
        t2 = y[i]
        return (), (t1, t2, t1 * t2)
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)

    def for_body_2(carry, step):
        x_bar, y_bar = carry
        i1, (t1, t2, t3) = step
        y_bar = add_at(y_bar, i1, unbroadcast(t3, t2) + unbroadcast(t2 * t1, t2))
        x_bar = add_at(x_bar, i1, unbroadcast(t2 * t2, t1))
        return (x_bar, y_bar), None
    (x_bar, y_bar), _ = scan(for_body_2, (x_bar, y_bar), (r, tape), reverse=True)
    return x_bar, y_bar
