# s2s show tests/cases/control.py::list_append_then_stack --wrt 0
def list_append_then_stack_grad(x):
    tape = []
    out = []
    r = range(len(x))
    for i in r:
        row = x[i]
        t1 = row ** 2
        out.append(np.sum(t1))
        tape.append((t1, row))
    out.append(x[0, 0])
    t2 = np.stack(out)
    t3 = np.arange(1.0, 5.0)
    t4 = t2 * t3
    out_bar = unstack(unbroadcast(unreduce(1.0, t4) * t3, t2), out)
    t5 = out_bar[-1]
    out_bar = out_bar[:-1]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (0, 0), t5)
    for i1 in reversed(r):
        t1, row = tape.pop()
        t6 = out_bar[-1]
        out_bar = out_bar[:-1]
        row_bar = unreduce(t6, t1) * 2 * row
        x_bar = add_into(x_bar, i1, row_bar)
    return np.sum(t4), x_bar
