# s2s show ../../tests/cases/control.py::early_return_in_loop --wrt 0 --backend jax
def early_return_in_loop_grad(x):
    r = jnp.arange(3)
    n = len(r)
    acc, j, returned, steps = 1.0, 0, False, 0

    def while_cond(carry):
        acc, j, returned, steps = carry
        return and_(j < n, not_(returned))

    def while_body(carry):
        acc, j, returned, steps = carry
        i = r[j]
        j = j + 1
        t1 = x[i]
        t2 = t1 > 2.0

        def if_true():
            return acc, True

        def if_false():
            acc_1 = acc * t1 + 1.0
            return acc_1, returned
        acc_1, returned = cond(t2, if_true, if_false)
        return (acc_1, j, returned, steps + 1), (t1, t2, acc, i)
    (acc, j, returned, steps), tape = while_scan(while_cond, while_body, (acc, j, returned, steps), max_steps=n)

    def if_true_2():
        return 1.0, None

    def if_false_2():
        acc_bar = zeros_like(acc)
        return acc_bar, 1.0
    acc_bar, result_bar = cond(not_(returned), if_true_2, if_false_2, cotangents=(0, 1))
    x_bar = zeros_like(x)

    def for_body(carry, step):
        acc_bar, result_bar, x_bar = carry
        t1, t2, acc, i = step

        def if_true_3():
            acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
            return result_bar * acc, acc_bar_1, None

        def if_false_3():
            acc_bar_1 = acc_bar * t1
            return acc_bar * acc, acc_bar_1, result_bar
        t1_bar, acc_bar, result_bar = cond(t2, if_true_3, if_false_3, cotangents=(0, 1, 2))
        x_bar = add_at(x_bar, i, unbroadcast(t1_bar, t1))
        return (acc_bar, result_bar, x_bar), None
    (acc_bar, result_bar, x_bar), _ = scan(for_body, (acc_bar, result_bar, x_bar), tape, length=steps, reverse=True)
    return x_bar
