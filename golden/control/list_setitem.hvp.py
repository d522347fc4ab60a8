# s2s show ../../tests/cases/control.py::list_setitem --mode hvp --wrt 0
def list_setitem_hvp(x, x_dot):
    out = [x[0], x[1], x[2]]
    out_dot = [x_dot[0], x_dot[1], x_dot[2]]
    t1 = out[0]
    t1_dot = out_dot[0]
    t2 = out[2]
    t2_dot = out_dot[2]
    t3 = t1 * t2
    out[1] = t3
    out_dot[1] = t1_dot * t2 + t1 * t2_dot
    out_bar = zeros_like(out)
    out_bar = add_into(out_bar, 2, 1.0)
    out_bar = add_into(out_bar, 1, 2.0 * out[1])
    out_bar_dot = zeros_like(out)
    out_bar_dot = add_into(out_bar_dot, 1, 2.0 * out_dot[1])
    out_bar = add_into(out_bar, 0, 1.0)
    t3_bar = unbroadcast(np.copy(out_bar[1]), t3)
    t3_bar_dot = unbroadcast(np.copy(out_bar_dot[1]), t3)
    out_bar_dot[1] = 0.0
    out_bar_dot = add_into(out_bar_dot, 2, unbroadcast(t3_bar_dot * t1 + t3_bar * t1_dot, t2))
    out_bar_dot = add_into(out_bar_dot, 0, unbroadcast(t3_bar_dot * t2 + t3_bar * t2_dot, t1))
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, 2, out_bar_dot[2])
    x_bar_dot = add_into(x_bar_dot, 1, out_bar_dot[1])
    x_bar_dot = add_into(x_bar_dot, 0, out_bar_dot[0])
    return x_bar_dot
