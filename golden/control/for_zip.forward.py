# s2s show ../../tests/cases/control.py::for_zip --mode forward --wrt 0,1
def for_zip_jvp(x, y, x_dot, y_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(min(len(x), len(y))):
        t1 = x[i]
        t2 = y[i]
        t2_dot = y_dot[i]
        t3 = t1 * t2
        t4 = (x_dot[i] * t2 + t1 * t2_dot) * t2 + t3 * t2_dot
        acc = acc + t3 * t2
        acc_dot = acc_dot + t4
    return acc, acc_dot
