# s2s show ../../tests/cases/lowering.py::helper_loop_in_branch --mode forward --wrt 0
def helper_loop_in_branch_jvp(a, a_dot):
    if a > 100.0:
        v, v_dot = a, a_dot
        for _ in range(3):
            v = v * 0.5
            v_dot = v_dot * 0.5
    else:
        v, v_dot = a, a_dot
    return v * v, v_dot * v + v * v_dot
