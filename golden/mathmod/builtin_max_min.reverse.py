# s2s show ../../tests/cases/mathmod.py::builtin_max_min --wrt 0,1
def builtin_max_min_grad(a, b):
    t1 = min(a, b)
    b_bar = 2.0 * t1
    t2 = a <= b
    if t2:
        a_bar = b_bar
    else:
        a_bar = 0.0
    if t2:
        b_bar = 0.0
    t3 = a >= b
    if t3:
        t4 = 2.0
    else:
        t4 = 0.0
    a_bar = a_bar + t4
    if t3:
        t5 = 0.0
    else:
        t5 = 2.0
    b_bar = b_bar + t5
    return max(a, b) * 2.0 + t1 ** 2, a_bar, b_bar
