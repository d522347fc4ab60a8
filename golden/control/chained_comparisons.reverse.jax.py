# s2s show ../../tests/cases/control.py::chained_comparisons --mode reverse --wrt 0,1 --backend jax
def chained_comparisons_grad(x, a):
    y = x * a
    t1 = jnp.shape(x)[0]
    t2 = 5 < t1

    def if_true():
        return t1 < x[10]

    def if_false():
        return t2
    t3 = cond(t2, if_true, if_false)

    def if_true_2():
        y_1 = y * 3.0
        return y_1

    def if_false_2():
        return y
    y_1 = cond(t3, if_true_2, if_false_2)
    t4 = -1.0 < a

    def if_true_3():
        t5 = jnp.sum(x ** 2)
        return and_(a < t5, t5 < 10.0)

    def if_false_3():
        return t4
    t6 = cond(t4, if_true_3, if_false_3)

    def if_true_4():
        return 1.0

    def if_false_4():
        return 2.0
    scale = cond(t6, if_true_4, if_false_4)
    y_1_bar = scale * x
    x_bar = scale * y_1

    def if_true_5():
        y_bar = y_1_bar * 3.0
        return unbroadcast(y_bar, y)

    def if_false_5():
        return unbroadcast(y_1_bar, y)
    y_bar = cond(t3, if_true_5, if_false_5, cotangents=(0,))
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar * a, x)
    a_bar = y_bar * x
    a_bar = unbroadcast(a_bar, a)
    return x_bar, a_bar
