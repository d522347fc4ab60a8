# s2s show ../../tests/cases/lowering.py::loop_whose_forward_sweep_is_dead --mode reverse --wrt 0
def loop_whose_forward_sweep_is_dead_grad(a, n):
    r = range(n)
    a_all = rows_for(r)
    for _ in r:
        a_1 = a * a
        a_all.append(a)
        a = a_1
    a_bar = 1.0
    for _ in reversed(range(n + 1)):
        a_bar = a_bar * 3.0
    a_bar = a_bar * 2.0
    for i in reversed(r):
        a = a_all[i]
        a_bar = a_bar * a
        a_bar = a_bar + a_bar
    return a_bar
