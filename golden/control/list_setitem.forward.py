# s2s show ../../tests/cases/control.py::list_setitem --mode forward --wrt 0
def list_setitem_jvp(x, x_dot):
    out = [x[0], x[1], x[2]]
    out_dot = [x_dot[0], x_dot[1], x_dot[2]]
    t1 = out[0]
    t2 = out[2]
    out[1] = t1 * t2
    out_dot[1] = out_dot[0] * t2 + t1 * out_dot[2]
    t3 = out[1]
    t4 = out_dot[0] + out_dot[1] * 2 * t3 + out_dot[2]
    return out[0] + t3 ** 2 + out[2], t4
