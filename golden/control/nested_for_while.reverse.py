# s2s show ../../tests/cases/control.py::nested_for_while --wrt 0
def nested_for_while_grad(x):
    r = range(len(x))
    t1 = rows_for(r)
    for i in r:
        v = x[i]
        steps = 0
        while v < 10.0:
            v = v * 3.0
            steps = steps + 1
        t1.append(steps)
    x_bar = zeros_like(x)
    for i1 in reversed(r):
        v = x[i1]
        v_bar = 1.0
        for _ in range(t1[i1]):
            v_bar = v_bar * 3.0
        x_bar = add_into(x_bar, i1, unbroadcast(v_bar, v))
    return x_bar
