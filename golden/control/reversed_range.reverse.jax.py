# s2s show ../../tests/cases/control.py::reversed_range --wrt 0 --backend jax
def reversed_range_grad(x):
    t1 = range(5)
    n = len(t1)
    r = range(n)
    t2 = n - 1
    acc = 0.0

    def for_body(carry, i1):
        acc, = carry
        i = t1[t2 - i1]
        t3 = x[i]
        acc = acc * 0.5 + t3 ** 2
        return (acc,), (t3, i)
    (acc,), tape = scan(for_body, (acc,), r)
    x_bar = zeros_like(x)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, x_bar = carry
        _, (t3, i) = step
        x_bar = add_at(x_bar, i, unbroadcast(acc_bar * 2 * t3, t3))
        acc_bar = acc_bar * 0.5
        return (acc_bar, x_bar), None
    (acc_bar, x_bar), _ = scan(for_body_2, (acc_bar, x_bar), (r, tape), reverse=True)
    return acc, x_bar
