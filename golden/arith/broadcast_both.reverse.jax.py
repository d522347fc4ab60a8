# s2s show ../../tests/cases/arith.py::broadcast_both --wrt 0,1 --backend jax
def broadcast_both_grad(a, b):
    t1 = a - b
    t1_bar = unbroadcast(a * 2 * t1, t1)
    a_bar = unbroadcast(t1 ** 2, a) + unbroadcast(t1_bar, a)
    b_bar = -unbroadcast(t1_bar, b)
    return a_bar, b_bar
