# s2s show ../../tests/cases/lowering.py::loop_in_branch --mode forward --wrt 0
def loop_in_branch_jvp(a, a_dot):
    if a < 20:
        a_1, a_1_dot = a, a_dot
        for _ in range(3):
            a_2 = a_1 * a_1
            a_1_dot = a_1_dot * a_1 + a_1 * a_1_dot
            a_1 = a_2
    else:
        a_1, a_1_dot = a, a_dot
    return a_1, a_1_dot
