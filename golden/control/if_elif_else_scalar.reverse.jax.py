# s2s show ../../tests/cases/control.py::if_elif_else_scalar --wrt 0,1 --backend jax
def if_elif_else_scalar_grad(a, b):
    t1 = a < -1.0

    def if_true_2():
        return None, None, None

    def if_false_2():
        t2 = a < 1.0

        def if_true():
            return a * a, None

        def if_false():
            r = b / a
            return None, r
        b_bar, r = cond(t2, if_true, if_false)
        return t2, b_bar, r
    t2, b_bar, r = cond(t1, if_true_2, if_false_2)

    def if_true_4(b_bar):
        a_bar = 1.0 + b
        return a_bar, a

    def if_false_4(b_bar):

        def if_true_3():
            t3 = b * a
            a_bar = 1.0 + t3
            a_bar = a_bar + t3
            return a_bar, b_bar

        def if_false_3():
            b_bar = 1.0 / a
            a_bar = 1.0 + -r / a
            return a_bar, b_bar
        a_bar, b_bar = cond(t2, if_true_3, if_false_3, cotangents=(0, 1))
        return a_bar, b_bar
    a_bar, b_bar = cond(t1, if_true_4, if_false_4, b_bar, cotangents=(0, 1))
    return a_bar, b_bar
