# s2s show ../../tests/cases/control.py::for_range_start_stop_step --wrt 0 --backend jax
def for_range_start_stop_step_grad(x):
    r = range(1, len(x), 2)

    def for_body(carry, i):
        t2 = i - 1
        return (), (x[i], t2, x[t2])
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        x_bar, = carry
        i, (t1, t2, t3) = step
        x_bar = add_at(x_bar, t2, unbroadcast(t1, t3))
        x_bar = add_at(x_bar, i, unbroadcast(t3, t1))
        return (x_bar,), None
    (x_bar,), _ = scan(for_body_2, (x_bar,), (r, tape), reverse=True)
    return x_bar
