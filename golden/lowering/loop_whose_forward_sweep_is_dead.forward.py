# s2s show ../../tests/cases/lowering.py::loop_whose_forward_sweep_is_dead --mode forward --wrt 0
def loop_whose_forward_sweep_is_dead_jvp(a, n, a_dot):
    for _ in range(n):
        a_1 = a * a
        a_dot = a_dot * a + a * a_dot
        a = a_1
    a = 2.0 * a
    a_dot = 2.0 * a_dot
    for _ in range(n + 1):
        a = a * 3.0
        a_dot = a_dot * 3.0
    return a, a_dot
