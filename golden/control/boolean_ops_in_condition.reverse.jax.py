# s2s show ../../tests/cases/control.py::boolean_ops_in_condition --wrt 0,1 --backend jax
def boolean_ops_in_condition_grad(x, s):
    t1 = jnp.sum(x)
    t2 = t1 > 0

    def if_true():
        return s > 0

    def if_false():
        return t2
    t3 = cond(t2, if_true, if_false)

    def if_true_3():
        return None

    def if_false_3():
        t4 = not_(s > 0)

        def if_true_2():
            return t4

        def if_false_2():
            return jnp.max(x) < -5.0
        t4 = cond(t4, if_true_2, if_false_2)
        return t4
    t4 = cond(t3, if_true_3, if_false_3)

    def if_true_5():
        return jnp.zeros_like(t1), unbroadcast(x, s), broadcast_like(s, x)

    def if_false_5():

        def if_true_4():
            x_bar = 2.0 * x
            s_bar = s + s
            return jnp.zeros_like(t1), s_bar, x_bar

        def if_false_4():
            s_bar = zeros_like(s)
            x_bar = zeros_like(x)
            return 3.0, s_bar, x_bar
        t1_bar, s_bar, x_bar = cond(t4, if_true_4, if_false_4, cotangents=(0, 1, 2))
        return t1_bar, s_bar, x_bar
    t1_bar, s_bar, x_bar = cond(t3, if_true_5, if_false_5, cotangents=(0, 1, 2))
    x_bar = x_bar + t1_bar
    return x_bar, s_bar
