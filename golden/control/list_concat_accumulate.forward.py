# s2s show ../../tests/cases/control.py::list_concat_accumulate --mode forward --wrt 0
def list_concat_accumulate_jvp(x, x_dot):
    out = []
    out_dot = zeros_like(out)
    for i in range(3):
        t1 = i + 1.0
        out = out + [x[i] * t1]
        out_dot = out_dot + [x_dot[i] * t1]
    t2 = out[-1]
    t3 = out[0]
    t4 = out_dot[-1] * t3 + t2 * out_dot[0] + out_dot[1]
    return t2 * t3 + out[1], t4
