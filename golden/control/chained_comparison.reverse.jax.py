# s2s show ../../tests/cases/control.py::chained_comparison --wrt 0,1 --backend jax
def chained_comparison_grad(a, b):

    def if_true():
        return b, a

    def if_false():
        return 1.0, 1.0
    a_bar, b_bar = cond(and_(0.0 < a, a < 1.0), if_true, if_false, cotangents=(0, 1))
    return a_bar, b_bar
