# s2s show ../../tests/cases/control.py::continue_in_while --wrt 0 --backend jax
def continue_in_while_grad(x):
    i, steps = 0, 0

    def while_cond(carry):
        i, steps = carry
        return i < 4

    def while_body(carry):
        i, steps = carry
        i = i + 1
        t1 = i - 1
        t2 = x[t1]
        return (i, steps + 1), (t1, t2, t2 < 1.0)
    (i, steps), tape = while_scan(while_cond, while_body, (i, steps), max_steps=4)
    acc_bar, x_bar = 1.0, broadcast_like(0.1, x)

    def for_body(carry, step):
        acc_bar, x_bar = carry
        t1, t2, t3 = step

        def if_true():
            return zeros_like(t2), acc_bar

        def if_false():
            return acc_bar * jnp.cos(t2), acc_bar
        t2_bar, acc_bar = cond(t3, if_true, if_false, cotangents=(0, 1))
        x_bar = add_at(x_bar, t1, unbroadcast(t2_bar, t2))
        return (acc_bar, x_bar), None
    (acc_bar, x_bar), _ = scan(for_body, (acc_bar, x_bar), tape, length=steps, reverse=True)
    return x_bar
