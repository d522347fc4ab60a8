# s2s show ../../tests/cases/control.py::list_append_then_stack --mode hvp --wrt 0
def list_append_then_stack_hvp(x, x_dot):
    out = []
    r = range(len(x))
    t1 = rowwise(np.power, x, 2)
    for i in r:
        out.append(np.sum(t1[i]))
    out.append(x[0, 0])
    out_bar = unstack(unbroadcast(np.arange(1.0, 5.0), np.stack(out)), out)
    out_bar = out_bar[:-1]
    out_bar_dot, x_bar_dot = zeros_like(out_bar), zeros_like(x)
    for i1 in reversed(r):
        row = x[i1]
        row_dot = x_dot[i1]
        t2 = out_bar[-1]
        t2_dot = out_bar_dot[-1]
        out_bar = out_bar[:-1]
        out_bar_dot = out_bar_dot[:-1]
        row_bar_dot = t2_dot * 2 * row + t2 * 2 * row_dot
        x_bar_dot = add_into(x_bar_dot, i1, row_bar_dot)
    return x_bar_dot
