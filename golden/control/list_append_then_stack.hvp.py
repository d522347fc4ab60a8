# s2s show tests/cases/control.py::list_append_then_stack --mode hvp --wrt 0
def list_append_then_stack_hvp(x, x_dot):
    tape = []
    out = []
    r = range(len(x))
    for i in r:
        row = x[i]
        row_dot = x_dot[i]
        t1 = row ** 2
        out.append(np.sum(t1))
        tape.append((t1, row, row_dot * 2 * row, row_dot))
    out.append(x[0, 0])
    t2 = np.stack(out)
    t3 = np.arange(1.0, 5.0)
    out_bar = unstack(unbroadcast(unreduce(1.0, t2 * t3) * t3, t2), out)
    t4 = out_bar[-1]
    out_bar = out_bar[:-1]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (0, 0), t4)
    out_dot, x_bar_dot = zeros_like(out_bar), zeros_like(x_bar)
    for i1 in reversed(r):
        t1, row, t1_dot, row_dot = tape.pop()
        t5 = out_bar[-1]
        t5_dot = out_dot[-1]
        out_bar = out_bar[:-1]
        out_dot = out_dot[:-1]
        row_dot = unreduce(t5_dot, t1) * 2 * row + unreduce(t5, t1) * 2 * row_dot
        x_bar_dot = add_into(x_bar_dot, i1, row_dot)
    return x_bar_dot
