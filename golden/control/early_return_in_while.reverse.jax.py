# s2s show ../../tests/cases/control.py::early_return_in_while --wrt 0 --backend jax
def early_return_in_while_grad(x):
    k, returned, y, steps = 0, False, x, 0

    def while_cond(carry):
        k, returned, y, steps = carry
        return and_(not_(returned), k < 100)

    def while_body(carry):
        k, returned, y, steps = carry
        y = y * 1.3
        t1 = jnp.sum(y) > 10.0

        def if_true(k):
            return k, True

        def if_false(k):
            k = k + 1
            return k, returned
        k, returned = cond(t1, if_true, if_false, k)
        return (k, returned, y, steps + 1), (t1, y)
    (k, returned, y, steps), tape = while_scan(while_cond, while_body, (k, returned, y, steps))

    def if_true_2():
        return None

    def if_false_2():
        return 1.0
    result_bar = cond(not_(returned), if_true_2, if_false_2, cotangents=(0,))
    y_bar = zeros_like(y)

    def for_body(carry, step):
        result_bar, y_bar = carry
        t1, y = step

        def if_true_3():
            y_bar_1 = y_bar + result_bar * 2 * y
            return None, y_bar_1

        def if_false_3():
            return result_bar, y_bar
        result_bar, y_bar_1 = cond(t1, if_true_3, if_false_3, cotangents=(0, 1))
        y_bar = y_bar_1 * 1.3
        return (result_bar, y_bar), None
    (result_bar, y_bar), _ = scan(for_body, (result_bar, y_bar), tape, length=steps, reverse=True)
    return y_bar
