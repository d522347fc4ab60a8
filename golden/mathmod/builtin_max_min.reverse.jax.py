# s2s show ../../tests/cases/mathmod.py::builtin_max_min --wrt 0,1 --backend jax
def builtin_max_min_grad(a, b):
    b_bar = 2.0 * min_(a, b)
    t1 = a <= b

    def if_true():
        return b_bar

    def if_false():
        return None
    a_bar = cond(t1, if_true, if_false, cotangents=(0,))

    def if_true_2():
        return None

    def if_false_2():
        return b_bar
    b_bar = cond(t1, if_true_2, if_false_2, cotangents=(0,))
    t2 = a >= b

    def if_true_3():
        return 2.0

    def if_false_3():
        return 0.0
    t3 = cond(t2, if_true_3, if_false_3)
    a_bar = a_bar + t3

    def if_true_4():
        return 0.0

    def if_false_4():
        return 2.0
    t4 = cond(t2, if_true_4, if_false_4)
    b_bar = b_bar + t4
    return a_bar, b_bar
