# s2s show tests/cases/lowering.py::loop_in_branch --mode reverse --wrt 0
def loop_in_branch_grad(a):
    tape = []
    t1 = a < 20
    if t1:
        r = range(3)
        a_1 = a
        for _ in r:
            a_2 = a_1 * a_1
            tape.append(a_1)
            a_1 = a_2
    else:
        a_1 = a
    if t1:
        a_1_bar = 1.0
        for _ in reversed(r):
            a = tape.pop()
            a_1_bar = a_1_bar * a
            a_1_bar = a_1_bar + a_1_bar
    else:
        a_1_bar = 1.0
    return a_1, a_1_bar
