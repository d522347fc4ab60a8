# s2s show ../../tests/cases/mathmod.py::math_in_loop --wrt 0,1
def math_in_loop_grad(a, b):
    r = range(3)
    a_all = rows_for(r)
    a_1 = a
    for _ in r:
        a_2 = math.sin(a_1) + b
        a_all.append(a_1)
        a_1 = a_2
    a_bar_all = rows_for(r, reverse=True)
    a_1_bar = 1.0
    for _ in reversed(r):
        a_1 = a_all[_]
        a_1_bar_1 = a_1_bar * math.cos(a_1)
        a_bar_all.append(a_1_bar)
        a_1_bar = a_1_bar_1
    a_bar_rows = stack_rows(a_bar_all)
    b_bar = unbroadcast_sum(a_bar_rows, b)
    a_bar = unbroadcast(a_1_bar, a)
    return a_bar, b_bar
