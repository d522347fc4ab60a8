# s2s show ../../tests/cases/mathmod.py::math_in_loop --mode hvp --wrt 0,1
def math_in_loop_hvp(a, b, a_dot, b_dot):
    r = range(3)
    a_all = rows_for(r)
    a_dot_all = rows_for(r)
    a_1 = a
    for _ in r:
        a_2 = math.sin(a_1) + b
        a_2_dot = a_dot * math.cos(a_1) + b_dot
        a_all.append(a_1)
        a_dot_all.append(a_dot)
        a_1, a_dot = a_2, a_2_dot
    a_bar_dot_all = rows_for(r, reverse=True)
    a_1_bar, a_1_bar_dot = 1.0, 0.0
    for _ in reversed(r):
        a_1 = a_all[_]
        a_1_dot = a_dot_all[_]
        t1 = math.cos(a_1)
        a_1_bar_1 = a_1_bar * t1
        a_1_bar_1_dot = a_1_bar_dot * t1 - a_1_bar * (a_1_dot * math.sin(a_1))
        a_bar_dot_all.append(a_1_bar_dot)
        a_1_bar, a_1_bar_dot = a_1_bar_1, a_1_bar_1_dot
    a_bar_dot_rows = stack_rows(a_bar_dot_all)
    b_bar_dot = unbroadcast_sum(a_bar_dot_rows, b)
    a_bar_dot = unbroadcast(a_1_bar_dot, a)
    return a_bar_dot, b_bar_dot
