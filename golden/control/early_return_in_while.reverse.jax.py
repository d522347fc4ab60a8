# s2s show tests/cases/control.py::early_return_in_while --wrt 0 --backend jax
def early_return_in_while_grad(x):
    tape = []
    k, result, returned, y, steps = 0, None, False, x, 0
    while not returned and k < 100:
        y = y * 1.3
        t1 = jnp.sum(y) > 10.0

        def if_true(k):
            result_1 = jnp.sum(y ** 2)
            return k, result_1, True

        def if_false(k):
            k = k + 1
            return k, result, returned
        k, result, returned = cond(t1, if_true, if_false, k)
        tape.append((t1, y))
        steps = steps + 1
    t2 = not returned

    def if_true_2():
        return 0.0

    def if_false_2():
        return result
    result = cond(t2, if_true_2, if_false_2)

    def if_true_3():
        return None

    def if_false_3():
        return 1.0
    result_bar = cond(t2, if_true_3, if_false_3, cotangents=(0,))
    y_bar = zeros_like(y)
    for _ in range(steps):
        t1, y = tape.pop()

        def if_true_4():
            y_bar_1 = y_bar + result_bar * 2 * y
            return None, y_bar_1

        def if_false_4():
            return result_bar, y_bar
        result_bar, y_bar_1 = cond(t1, if_true_4, if_false_4, cotangents=(0, 1))
        y_bar = y_bar_1 * 1.3
    return result, y_bar
