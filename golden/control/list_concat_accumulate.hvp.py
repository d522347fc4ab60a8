# s2s show tests/cases/control.py::list_concat_accumulate --mode hvp --wrt 0
def list_concat_accumulate_hvp(x, x_dot):
    tape = []
    out = []
    r = range(3)
    out_dot = zeros_like(out)
    for i in r:
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = i + 1.0
        out_1 = out + [t1 * t2]
        out_1_dot = out_dot + [t1_dot * t2]
        tape.append((t1, t2, out, t1_dot, out_dot))
        out, out_dot = out_1, out_1_dot
    out_bar_dot = zeros_like(out)
    out_bar_dot = add_into(out_bar_dot, 0, out_dot[-1])
    out_bar_dot = add_into(out_bar_dot, -1, out_dot[0])
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        t1, t2, out, t1_dot, out_dot = tape.pop()
        t3 = len(out)
        out_bar_dot_1 = out_bar_dot[:t3]
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(out_bar_dot[t3:][0] * t2, t1))
        out_bar_dot = out_bar_dot_1
    return x_bar_dot
