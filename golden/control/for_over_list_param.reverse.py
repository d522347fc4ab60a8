# s2s show tests/cases/control.py::for_over_list_param --wrt 0
def for_over_list_param_grad(xs):
    tape = []
    r = range(len(xs))
    acc = 1.0
    for i in r:
        v = xs[i]
        t1 = np.sum(v * v)
        acc_1 = acc * t1 + 1.0
        tape.append((t1, acc, v))
        acc = acc_1
    xs_bar = zeros_like(xs)
    acc_bar = 1.0
    for i1 in reversed(r):
        t1, acc_1, v = tape.pop()
        acc_bar_1 = acc_bar * t1
        v_bar = unbroadcast(acc_bar * acc_1, t1) * v
        v_bar = v_bar + v_bar
        xs_bar = add_into(xs_bar, i1, v_bar)
        acc_bar = acc_bar_1
    return acc, xs_bar
