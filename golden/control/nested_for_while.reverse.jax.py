# s2s show ../../tests/cases/control.py::nested_for_while --wrt 0 --backend jax
def nested_for_while_grad(x):
    r = range(len(x))

    def for_body(carry, i):
        v = x[i]
        y, steps = v, 0

        def while_cond(carry):
            y, steps = carry
            return y < 10.0

        def while_body(carry):
            y, steps = carry
            y = y * 3.0
            return y, steps + 1
        y, steps = while_loop(while_cond, while_body, (y, steps))
        return (), (steps, v)
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)

    def for_body_3(carry, step):
        x_bar, = carry
        i1, (steps, v) = step
        y_bar = 1.0

        def for_body_2(carry, _):
            y_bar, = carry
            y_bar = y_bar * 3.0
            return (y_bar,), None
        (y_bar,), _ = scan(for_body_2, (y_bar,), None, length=steps)
        x_bar = add_at(x_bar, i1, unbroadcast(y_bar, v))
        return (x_bar,), None
    (x_bar,), _ = scan(for_body_3, (x_bar,), (r, tape), reverse=True)
    return x_bar
