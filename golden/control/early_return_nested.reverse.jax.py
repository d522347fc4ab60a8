# s2s show ../../tests/cases/control.py::early_return_nested --wrt 0 --backend jax
def early_return_nested_grad(x, limit):
    s = jnp.sum(x)
    t1 = s > 1.0

    def if_true_2():
        t2 = s > limit

        def if_true():
            return None, None

        def if_false():
            t = jnp.sum(x * x)
            return t > limit, t
        t3, t = cond(t2, if_true, if_false)
        return t2, t3, t

    def if_false_2():
        return None, None, None
    t2, t3, t = cond(t1, if_true_2, if_false_2)

    def if_true_5():

        def if_true_4(s):
            x_bar = zeros_like(x)
            return 2.0, x_bar

        def if_false_4(s):

            def if_true_3():
                s_bar = jnp.zeros_like(s)
                return s_bar, 1.0

            def if_false_3():
                return t, s
            s_bar, s = cond(t3, if_true_3, if_false_3, cotangents=(0, 1))
            x_bar = s * x
            x_bar = x_bar + x_bar
            return s_bar, x_bar
        s_bar, x_bar = cond(t2, if_true_4, if_false_4, s, cotangents=(0, 1))
        return s_bar, x_bar

    def if_false_5():
        x_bar = zeros_like(x)
        return -1.0, x_bar
    s_bar, x_bar = cond(t1, if_true_5, if_false_5, cotangents=(0, 1))
    x_bar = x_bar + s_bar
    return x_bar
