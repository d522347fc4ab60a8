# s2s show ../../tests/cases/control.py::conditional_expression --wrt 0,1 --backend jax
def conditional_expression_grad(x, s):
    t1 = s > 0

    def if_true():
        return x * s, None

    def if_false():
        t2 = x * s
        return t2 * s, t2
    y, t2 = cond(t1, if_true, if_false)
    y_bar = 2.0 * y

    def if_true_2():
        x_bar = y_bar * s
        s_bar = y_bar * x
        return s_bar, x_bar

    def if_false_2():
        t2_bar = y_bar * s
        s_bar = y_bar * t2
        x_bar = t2_bar * s
        s_bar = unbroadcast(s_bar, s) + unbroadcast(t2_bar * x, s)
        return s_bar, x_bar
    s_bar, x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    x_bar = unbroadcast(x_bar, x)
    s_bar = unbroadcast(s_bar, s)
    return x_bar, s_bar
