# s2s show ../../tests/cases/control.py::conditional_expression_in_loop --mode forward --wrt 0
def conditional_expression_in_loop_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(4):
        if i % 2 == 0:
            t1, t1_dot = x[i] * 2.0, x_dot[i] * 2.0
        else:
            t2 = x[i]
            t1, t1_dot = np.sin(t2), x_dot[i] * np.cos(t2)
        acc = acc + t1
        acc_dot = acc_dot + t1_dot
    return acc, acc_dot
