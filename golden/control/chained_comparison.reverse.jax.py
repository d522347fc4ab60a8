# s2s show ../../tests/cases/control.py::chained_comparison --wrt 0,1 --backend jax
def chained_comparison_grad(a, b):
    t1 = and_(0.0 < a, a < 1.0)

    def if_true():
        result = a * b
        return result

    def if_false():
        result = a + b
        return result
    result = cond(t1, if_true, if_false)

    def if_true_2():
        return b, a

    def if_false_2():
        return 1.0, 1.0
    a_bar, b_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    return result, a_bar, b_bar
