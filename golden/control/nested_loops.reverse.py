# s2s show ../../tests/cases/control.py::nested_loops --wrt 0,1
def nested_loops_grad(x, w):
    tape = []
    r = range(3)
    r1 = range(4)
    for i in r:
        for j in r1:
            tape.append((x[i, j], w[j, i]))
    w_bar = zeros_like(w)
    x_bar = zeros_like(x)
    for i in reversed(r):
        for j in reversed(r1):
            t1, t2 = tape.pop()
            w_bar = add_into(w_bar, (j, i), unbroadcast(t1, t2))
            x_bar = add_into(x_bar, (i, j), unbroadcast(t2, t1))
    return x_bar, w_bar
