# s2s show ../../tests/cases/arith.py::scalars_only --wrt 0,1 --backend jax
def scalars_only_grad(a, b):
    t1 = a * b
    a_bar = -t1
    a_bar = a_bar - t1
    a_bar = a_bar + -1.0
    b_bar = -3.0 * b ** 2 - a * a
    a_bar = a_bar + 1.0 / b
    b_bar = b_bar + -(a / b) / b
    a_bar = a_bar + b
    b_bar = b_bar + a
    return a_bar, b_bar
