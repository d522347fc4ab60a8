# s2s show ../../tests/cases/lowering.py::loop_in_branch --mode hvp --wrt 0
def loop_in_branch_hvp(a, a_dot):
    tape = []
    t1 = a < 20
    if t1:
        r = range(3)
        for _ in r:
            a_1 = a * a
            a_1_dot = a_dot * a + a * a_dot
            tape.append((a, a_dot))
            a, a_dot = a_1, a_1_dot
    if t1:
        a_bar, a_bar_dot = 1.0, 0.0
        for _ in reversed(r):
            a, a_dot = tape.pop()
            a_bar_1 = a_bar * a
            a_bar_1_dot = a_bar_dot * a + a_bar * a_dot
            a_bar = a_bar_1 + a_bar_1
            a_bar_dot = a_bar_1_dot + a_bar_1_dot
    else:
        a_bar_dot = 0.0
    return a_bar_dot
