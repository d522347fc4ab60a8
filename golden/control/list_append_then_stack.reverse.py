# s2s show ../../tests/cases/control.py::list_append_then_stack --wrt 0
def list_append_then_stack_grad(x):
    out = []
    r = range(len(x))
    t1 = rowwise(np.power, x, 2)
    for i in r:
        out.append(np.sum(t1[i]))
    out.append(x[0, 0])
    out_bar = unstack(unbroadcast(np.arange(1.0, 5.0), np.stack(out)), out)
    t2 = out_bar[-1]
    out_bar = out_bar[:-1]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (0, 0), t2)
    for i1 in reversed(r):
        row = x[i1]
        t3 = out_bar[-1]
        out_bar = out_bar[:-1]
        row_bar = t3 * 2 * row
        x_bar = add_into(x_bar, i1, row_bar)
    return x_bar
