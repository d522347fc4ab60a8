# s2s show tests/cases/arith.py::broadcast_both --wrt 0,1
def broadcast_both_grad(a, b):
    t1 = a - b
    t2 = t1 ** 2
    t1_bar = unbroadcast(a * 2 * t1, t1)
    a_bar = unbroadcast(t2, a) + unbroadcast(t1_bar, a)
    b_bar = -t1_bar
    b_bar = unbroadcast(b_bar, b)
    return np.sum(t2 * a), a_bar, b_bar
