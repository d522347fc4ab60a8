# s2s show ../../tests/cases/lowering.py::helper_loop_in_branch --mode hvp --wrt 0
def helper_loop_in_branch_hvp(a, a_dot):
    t1 = a > 100.0
    if t1:
        r = range(3)
        v_dot = a_dot
        for _ in r:
            v_dot = v_dot * 0.5
    else:
        v_dot = a_dot
    a_bar_dot = v_dot + v_dot
    if t1:
        v_bar_dot = a_bar_dot
        for _ in reversed(r):
            v_bar_dot = v_bar_dot * 0.5
    else:
        v_bar_dot = a_bar_dot
    return v_bar_dot
