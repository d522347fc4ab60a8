# s2s show ../../tests/cases/control.py::nested_for_while --mode forward --wrt 0
def nested_for_while_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(len(x)):
        v = x[i]
        v_dot = x_dot[i]
        while v < 10.0:
            v = v * 3.0
            v_dot = v_dot * 3.0
        acc = acc + v
        acc_dot = acc_dot + v_dot
    return acc, acc_dot
