# s2s show ../../tests/cases/control.py::list_append_then_stack --mode forward --wrt 0
def list_append_then_stack_jvp(x, x_dot):
    out = []
    out_dot = zeros_like(out)
    for i in range(len(x)):
        row = x[i]
        row_dot = x_dot[i]
        out.append(np.sum(row ** 2))
        out_dot.append(np.sum(row_dot * 2 * row))
    out.append(x[0, 0])
    out_dot.append(x_dot[0, 0])
    t1 = np.arange(1.0, 5.0)
    return np.sum(np.stack(out) * t1), np.sum(np.stack(out_dot) * t1)
