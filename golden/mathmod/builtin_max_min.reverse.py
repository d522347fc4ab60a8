# s2s show ../../tests/cases/mathmod.py::builtin_max_min --wrt 0,1
def builtin_max_min_grad(a, b):
    b_bar = 2.0 * min(a, b)
    t1 = a <= b
    if t1:
        a_bar = b_bar
    else:
        a_bar = 0.0
    if t1:
        b_bar = 0.0
    t2 = a >= b
    if t2:
        t3 = 2.0
    else:
        t3 = 0.0
    a_bar = a_bar + t3
    if t2:
        t4 = 0.0
    else:
        t4 = 2.0
    b_bar = b_bar + t4
    return a_bar, b_bar
