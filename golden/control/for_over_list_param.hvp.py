# s2s show tests/cases/control.py::for_over_list_param --mode hvp --wrt 0
def for_over_list_param_hvp(xs, xs_dot):
    tape = []
    r = range(len(xs))
    acc, acc_dot = 1.0, 0.0
    for i in r:
        v = xs[i]
        v_dot = xs_dot[i]
        t1 = np.sum(v * v)
        t1_dot = np.sum(v_dot * v + v * v_dot)
        acc_1 = acc * t1 + 1.0
        tape.append((t1, acc, v, t1_dot, acc_dot, v_dot))
        acc, acc_dot = acc_1, acc_dot * t1 + acc * t1_dot
    acc_bar, acc_bar_dot, xs_bar_dot = 1.0, 0.0, zeros_like(xs)
    for i1 in reversed(r):
        t1, acc, v, t1_dot, acc_dot, v_dot = tape.pop()
        acc_bar_1 = acc_bar * t1
        acc_bar_1_dot = acc_bar_dot * t1 + acc_bar * t1_dot
        v_bar_dot = unbroadcast(acc_bar_dot * acc + acc_bar * acc_dot, t1) * v + unbroadcast(acc_bar * acc, t1) * v_dot
        v_bar_dot = v_bar_dot + v_bar_dot
        xs_bar_dot = add_into(xs_bar_dot, i1, v_bar_dot)
        acc_bar, acc_bar_dot = acc_bar_1, acc_bar_1_dot
    return xs_bar_dot
