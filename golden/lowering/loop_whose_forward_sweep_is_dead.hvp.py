# s2s show ../../tests/cases/lowering.py::loop_whose_forward_sweep_is_dead --mode hvp --wrt 0
def loop_whose_forward_sweep_is_dead_hvp(a, n, a_dot):
    r = range(n)
    a_all = rows_for(r)
    a_dot_all = rows_for(r)
    for _ in r:
        a_1 = a * a
        a_1_dot = a_dot * a + a * a_dot
        a_all.append(a)
        a_dot_all.append(a_dot)
        a, a_dot = a_1, a_1_dot
    a_bar = 1.0
    for _ in reversed(range(n + 1)):
        a_bar = a_bar * 3.0
    a_bar = a_bar * 2.0
    a_bar_dot = zeros_like(a_bar)
    for i in reversed(r):
        a = a_all[i]
        a_dot = a_dot_all[i]
        a_bar_1 = a_bar * a
        a_bar_1_dot = a_bar_dot * a + a_bar * a_dot
        a_bar = a_bar_1 + a_bar_1
        a_bar_dot = a_bar_1_dot + a_bar_1_dot
    return a_bar_dot
