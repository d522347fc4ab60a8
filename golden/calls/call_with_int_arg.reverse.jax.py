# s2s show ../../tests/cases/calls.py::call_with_int_arg --wrt 0 --backend jax
def call_with_int_arg_grad(x):
    r = range(2)
    y = x

    def for_body(carry, _):
        y, = carry
        y_1 = y * x
        return (y_1,), y
    (y,), tape1 = scan(for_body, (y,), r)
    r1 = range(1)
    y_1 = x

    def for_body_2(carry, _):
        y_1, = carry
        y_2 = y_1 * x
        return (y_2,), y_1
    (y_1,), tape = scan(for_body_2, (y_1,), r1)
    y_bar = broadcast_like(1.0, y + y_1)
    y_1_bar = y_bar

    def for_body_3(carry, step):
        y_1_bar, = carry
        _, y_1 = step
        y_1_bar_1 = y_1_bar * x
        return (y_1_bar_1,), y_1_bar * y_1
    (y_1_bar,), t1 = scan(for_body_3, (y_1_bar,), (r1, tape), reverse=True)
    x_bar = unbroadcast_sum(t1, x)
    x_bar = x_bar + unbroadcast(y_1_bar, x)

    def for_body_4(carry, step):
        y_bar, = carry
        _, y = step
        y_bar_1 = y_bar * x
        return (y_bar_1,), y_bar * y
    (y_bar,), t2 = scan(for_body_4, (y_bar,), (r, tape1), reverse=True)
    x_bar = x_bar + unbroadcast_sum(t2, x)
    x_bar = x_bar + unbroadcast(y_bar, x)
    return x_bar
