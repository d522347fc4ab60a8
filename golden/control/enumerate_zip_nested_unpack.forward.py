# s2s show ../../tests/cases/control.py::enumerate_zip_nested_unpack --mode forward --wrt 0,1
def enumerate_zip_nested_unpack_jvp(x, y, x_dot, y_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(min(len(x), len(y))):
        t1 = i + 1.0
        t2 = t1 * x[i]
        t3 = np.exp(y[i])
        t4 = t1 * x_dot[i] * t3 + t2 * (y_dot[i] * t3)
        acc = acc + t2 * t3
        acc_dot = acc_dot + t4
    return acc, acc_dot
