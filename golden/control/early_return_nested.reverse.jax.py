# s2s show tests/cases/control.py::early_return_nested --wrt 0 --backend jax
def early_return_nested_grad(x, limit):
    s = jnp.sum(x)
    t1 = s > 1.0

    def if_true_3():
        t2 = s > limit

        def if_true_2():
            result = s * 2.0
            return result, None, None

        def if_false_2():
            t = jnp.sum(x * x)
            t3 = t > limit

            def if_true():
                return t

            def if_false():
                result = s * t
                return result
            result = cond(t3, if_true, if_false)
            return result, t3, t
        result, t3, t = cond(t2, if_true_2, if_false_2)
        return result, t2, t3, t

    def if_false_3():
        result = -s
        return result, None, None, None
    result, t2, t3, t = cond(t1, if_true_3, if_false_3)

    def if_true_6():

        def if_true_5():
            x_bar = zeros_like(x)
            return 2.0, x_bar

        def if_false_5():

            def if_true_4():
                s_bar = jnp.zeros_like(s)
                return s_bar, 1.0

            def if_false_4():
                return t, s
            s_bar, t_bar = cond(t3, if_true_4, if_false_4, cotangents=(0, 1))
            x_bar = unbroadcast(t_bar, t) * x
            x_bar = x_bar + x_bar
            return s_bar, x_bar
        s_bar, x_bar = cond(t2, if_true_5, if_false_5, cotangents=(0, 1))
        return s_bar, x_bar

    def if_false_6():
        x_bar = zeros_like(x)
        return -1.0, x_bar
    s_bar, x_bar = cond(t1, if_true_6, if_false_6, cotangents=(0, 1))
    x_bar = x_bar + unbroadcast(s_bar, s)
    return result, x_bar
