# s2s show ../../tests/cases/lowering.py::helper_loop_in_branch --mode reverse --wrt 0
def helper_loop_in_branch_grad(a):
    t1 = a > 100.0
    if t1:
        r = range(3)
        v = a
        for _ in r:
            v = v * 0.5
    else:
        v = a
    v_bar = v + v
    if t1:
        v_bar_1 = v_bar
        for _ in reversed(r):
            v_bar_1 = v_bar_1 * 0.5
    else:
        v_bar_1 = v_bar
    return v_bar_1
