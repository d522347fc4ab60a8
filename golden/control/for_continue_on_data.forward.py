# s2s show ../../tests/cases/control.py::for_continue_on_data --mode forward --wrt 0
def for_continue_on_data_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(len(x)):
        v = x[i]
        v_dot = x_dot[i]
        if v >= 0:
            acc = acc + v * v
            acc_dot = acc_dot + (v_dot * v + v * v_dot)
    return acc, acc_dot
