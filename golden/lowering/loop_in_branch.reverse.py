# s2s show ../../tests/cases/lowering.py::loop_in_branch --mode reverse --wrt 0
def loop_in_branch_grad(a):
    tape = []
    t1 = a < 20
    if t1:
        r = range(3)
        for _ in r:
            a_1 = a * a
            tape.append(a)
            a = a_1
    if t1:
        a_bar = 1.0
        for _ in reversed(r):
            a = tape.pop()
            a_bar = a_bar * a
            a_bar = a_bar + a_bar
    else:
        a_bar = 1.0
    return a_bar
