# s2s show tests/cases/control.py::loop_over_list_of_tuples --mode hvp --wrt 0,1
def loop_over_list_of_tuples_hvp(x, y, x_dot, y_dot):
    tape = []
    t1 = [(x, 1.0), (y, -2.0), (x * y, 0.5)]
    t1_dot = [(x_dot, 0.0), (y_dot, 0.0), (x_dot * y + x * y_dot, 0.0)]
    r = range(len(t1))
    for i in r:
        t2 = t1[i]
        t2_dot = t1_dot[i]
        v, c = t2
        v_dot, c_dot = t2_dot
        tape.append((t2, np.sum(np.sin(v)), c, v, t2_dot, np.sum(v_dot * np.cos(v)), c_dot, v_dot))
    t1_bar, t4 = zeros_like(t1), zeros_like(t1)
    for i1 in reversed(r):
        t2, t3, c, v, t2_dot, t3_dot, c_dot, v_dot = tape.pop()
        t5 = unbroadcast(c, t3)
        t6 = np.cos(v)
        v_bar = t5 * t6
        v_bar_dot = unbroadcast(c_dot, t3) * t6 - t5 * (v_dot * np.sin(v))
        t7 = t2[1]
        t1_bar = add_into(t1_bar, i1, (v_bar, unbroadcast(t3, t7)))
        t4 = add_into(t4, i1, (v_bar_dot, unbroadcast(t3_dot, t7)))
    t8 = t1_bar[2][0]
    t8_dot = t4[2][0]
    x_bar_dot = t8_dot * y + t8 * y_dot
    y_bar_dot = t8_dot * x + t8 * x_dot
    y_bar_dot = unbroadcast(y_bar_dot, y) + t4[1][0]
    x_bar_dot = unbroadcast(x_bar_dot, x) + t4[0][0]
    return x_bar_dot, y_bar_dot
