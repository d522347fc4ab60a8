# s2s show ../../tests/cases/control.py::branch_on_int_flag --wrt 0 --backend jax
def branch_on_int_flag_grad(x, mode=1):
    t1 = mode == 1

    def if_true_3():
        return None, None, None, None, None

    def if_false_3():
        t2 = mode == 2

        def if_true_2():
            y = jnp.exp(x)
            return y, y, None, None

        def if_false_2():
            t3 = mode > 2

            def if_true():
                y = jnp.tanh(x)
                return y, y

            def if_false():
                return x, None
            y, t4 = cond(t3, if_true, if_false)
            return y, None, t4, t3
        y, y_1, t4, t3 = cond(t2, if_true_2, if_false_2)
        return t4, t3, t2, y, y_1
    t4, t3, t2, y, y_1 = cond(t1, if_true_3, if_false_3)

    def if_true_6():
        x_bar = 2.0 * x
        return x_bar

    def if_false_6():

        def if_true_5():
            x_bar = y + x * y_1
            return x_bar

        def if_false_5():

            def if_true_4():
                x_bar = y + x * (1 - t4 ** 2)
                return x_bar

            def if_false_4():
                x_bar = y + x
                return x_bar
            x_bar = cond(t3, if_true_4, if_false_4, cotangents=(0,))
            return x_bar
        x_bar = cond(t2, if_true_5, if_false_5, cotangents=(0,))
        return x_bar
    x_bar = cond(t1, if_true_6, if_false_6, cotangents=(0,))
    return x_bar
