# s2s show ../../tests/cases/arith.py::scalars_only --wrt 0,1
def scalars_only_grad(a, b):
    t1 = a * b
    t2 = a / b
    t3 = a * a
    t4 = t1 + t2 - b ** 3 - a + 3.0 - t3 * b
    a_bar = -t1
    a_bar = a_bar - t1
    a_bar = a_bar + -1.0
    b_bar = -3.0 * b ** 2 - t3
    a_bar = a_bar + 1.0 / b
    b_bar = b_bar + -t2 / b
    a_bar = a_bar + b
    b_bar = b_bar + a
    return t4, a_bar, b_bar
