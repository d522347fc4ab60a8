# s2s show tests/cases/control.py::loop_over_list_of_tuples --wrt 0,1
def loop_over_list_of_tuples_grad(x, y):
    tape = []
    t1 = [(x, 1.0), (y, -2.0), (x * y, 0.5)]
    r = range(len(t1))
    acc = 0.0
    for i in r:
        t2 = t1[i]
        v, c = t2
        t3 = np.sum(np.sin(v))
        acc = acc + c * t3
        tape.append((t2, t3, c, v))
    t1_bar = zeros_like(t1)
    for i1 in reversed(r):
        t2, t3, c, v = tape.pop()
        v_bar = unbroadcast(c, t3) * np.cos(v)
        t1_bar = add_into(t1_bar, i1, (v_bar, unbroadcast(t3, t2[1])))
    t4 = t1_bar[2][0]
    x_bar = t4 * y
    y_bar = t4 * x
    y_bar = unbroadcast(y_bar, y) + t1_bar[1][0]
    x_bar = unbroadcast(x_bar, x) + t1_bar[0][0]
    return acc, x_bar, y_bar
