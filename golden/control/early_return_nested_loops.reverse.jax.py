# s2s show ../../tests/cases/control.py::early_return_nested_loops --wrt 0 --backend jax
def early_return_nested_loops_grad(x):
    r = jnp.arange(3)
    n = len(r)
    acc, k, result, returned, steps = 0.0, 0, None, False, 0

    def while_cond_2(carry):
        acc, k, result, returned, steps = carry
        return and_(k < n, not_(returned))

    def while_body_2(carry):
        acc, k, result, returned, steps = carry
        i = r[k]
        k = k + 1
        idx, steps1 = 0, 0

        def while_cond(carry):
            acc, idx, result, returned, steps1 = carry
            return and_(idx < n, not_(returned))

        def while_body(carry):
            acc, idx, result, returned, steps1 = carry
            j = r[idx]
            idx = idx + 1
            t1 = x[i, j]
            acc = acc + t1 ** 2
            t2 = acc > 2.0

            def if_true():
                result_1 = acc * t1
                return result_1, True

            def if_false():
                return result, returned
            result_1, returned = cond(t2, if_true, if_false)
            return (acc, idx, result_1, returned, steps1 + 1), (t2, t1, acc, j, result)
        (acc, idx, result, returned, steps1), recorded = while_scan(while_cond, while_body, (acc, idx, result, returned, steps1), max_steps=n)
        return (acc, k, result, returned, steps + 1), (steps1, i, recorded)
    (acc, k, result, returned, steps), tape1 = while_scan(while_cond_2, while_body_2, (acc, k, result, returned, steps), max_steps=n)

    def if_true_2():
        return 1.0, None

    def if_false_2():
        acc_bar = zeros_like(acc)
        return acc_bar, 1.0
    acc_bar, result_bar = cond(not_(returned), if_true_2, if_false_2, cotangents=(0, 1))
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        acc_bar, result_bar, x_bar = carry
        steps1, i, recorded = step

        def for_body(carry, step):
            acc_bar, result_bar, x_bar = carry
            t2, t1, acc, j, result = step

            def if_true_3():
                acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
                result_bar_1 = zeros_like(result)
                return result_bar * acc, acc_bar_1, result_bar_1

            def if_false_3():
                return zeros_like(t1), acc_bar, result_bar
            t1_bar, acc_bar, result_bar = cond(t2, if_true_3, if_false_3, cotangents=(0, 1, 2))
            x_bar = add_at(x_bar, (i, j), unbroadcast(t1_bar, t1) + unbroadcast(acc_bar * 2 * t1, t1))
            return (acc_bar, result_bar, x_bar), None
        (acc_bar, result_bar, x_bar), _ = scan(for_body, (acc_bar, result_bar, x_bar), recorded, length=steps1, reverse=True)
        return (acc_bar, result_bar, x_bar), None
    (acc_bar, result_bar, x_bar), _ = scan(for_body_2, (acc_bar, result_bar, x_bar), tape1, length=steps, reverse=True)
    return x_bar
