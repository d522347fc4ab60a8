# s2s show tests/cases/control.py::list_concat_accumulate --wrt 0
def list_concat_accumulate_grad(x):
    tape = []
    out = []
    r = range(3)
    for i in r:
        t1 = x[i]
        t2 = i + 1.0
        out_1 = out + [t1 * t2]
        tape.append((t1, t2, out))
        out = out_1
    t3 = out[-1]
    t4 = out[0]
    t5 = t3 * t4 + out[1]
    out_bar = zeros_like(out)
    out_bar = add_into(out_bar, 1, 1.0)
    out_bar = add_into(out_bar, 0, t3)
    out_bar = add_into(out_bar, -1, t4)
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1, t2, out = tape.pop()
        t6 = len(out)
        out_bar_1 = out_bar[:t6]
        x_bar = add_into(x_bar, i, unbroadcast(out_bar[t6:][0] * t2, t1))
        out_bar = out_bar_1
    return t5, x_bar
