# s2s show ../../tests/cases/control.py::list_setitem --wrt 0
def list_setitem_grad(x):
    out = [x[0], x[1], x[2]]
    t1 = out[0]
    t2 = out[2]
    t3 = t1 * t2
    out[1] = t3
    out_bar = zeros_like(out)
    out_bar = add_into(out_bar, 2, 1.0)
    out_bar = add_into(out_bar, 1, 2.0 * out[1])
    out_bar = add_into(out_bar, 0, 1.0)
    t3_bar = unbroadcast(np.copy(out_bar[1]), t3)
    out_bar[1] = 0.0
    out_bar = add_into(out_bar, 2, unbroadcast(t3_bar * t1, t2))
    out_bar = add_into(out_bar, 0, unbroadcast(t3_bar * t2, t1))
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, 2, out_bar[2])
    x_bar = add_into(x_bar, 1, out_bar[1])
    x_bar = add_into(x_bar, 0, out_bar[0])
    return x_bar
