# s2s show ../../tests/cases/control.py::break_inner_loop_only --wrt 0 --backend jax
def break_inner_loop_only_grad(x):
    tape1 = []
    tape2 = []
    r = range(3)
    r1 = jnp.arange(4)
    n = len(r1)
    for i in r:
        broke, k, steps = False, 0, 0

        def while_cond(carry):
            broke, k, steps = carry
            return and_(k < n, not_(broke))

        def while_body(carry):
            broke, k, steps = carry
            j = r1[k]
            k = k + 1
            t1 = x[i, j]
            t2 = t1 < 0

            def if_true():
                return True, None

            def if_false():
                return broke, i + 1
            broke, t3_recorded = cond(t2, if_true, if_false)
            return (broke, k, steps + 1), (t1, t2, j, t3_recorded)
        (broke, k, steps), recorded = while_scan(while_cond, while_body, (broke, k, steps), max_steps=n)
        tape1.append(recorded)
        tape2.append(steps)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        steps = tape2.pop()

        def for_body(carry, step):
            acc_bar, x_bar = carry
            t1, t2, j, t3 = step

            def if_true_2():
                return zeros_like(t1), acc_bar

            def if_false_2():
                return acc_bar * t3, acc_bar
            t1_bar, acc_bar = cond(t2, if_true_2, if_false_2, cotangents=(0, 1))
            x_bar = add_at(x_bar, (i, j), unbroadcast(t1_bar, t1))
            return (acc_bar, x_bar), None
        recorded = tape1.pop()
        (acc_bar, x_bar), _ = scan(for_body, (acc_bar, x_bar), recorded, length=steps, reverse=True)
    return x_bar
