# s2s show ../../tests/cases/control.py::reversed_range --wrt 0 --backend jax
def reversed_range_grad(x):
    t1 = range(5)
    n = len(t1)
    r = range(n)
    t2 = n - 1

    def for_body(carry, i1):
        i = t1[t2 - i1]
        return (), (x[i], i)
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, x_bar = carry
        _, (t3, i) = step
        x_bar = add_at(x_bar, i, unbroadcast(acc_bar * 2 * t3, t3))
        acc_bar = acc_bar * 0.5
        return (acc_bar, x_bar), None
    (acc_bar, x_bar), _ = scan(for_body_2, (acc_bar, x_bar), (r, tape), reverse=True)
    return x_bar
