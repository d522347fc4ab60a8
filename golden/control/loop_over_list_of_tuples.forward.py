# s2s show ../../tests/cases/control.py::loop_over_list_of_tuples --mode forward --wrt 0,1
def loop_over_list_of_tuples_jvp(x, y, x_dot, y_dot):
    t1 = [(x, 1.0), (y, -2.0), (x * y, 0.5)]
    t1_dot = [(x_dot, 0.0), (y_dot, 0.0), (x_dot * y + x * y_dot, 0.0)]
    acc, acc_dot = 0.0, 0.0
    for i in range(len(t1)):
        v, c = t1[i]
        v_dot, c_dot = t1_dot[i]
        t2 = np.sum(np.sin(v))
        acc = acc + c * t2
        acc_dot = acc_dot + (c_dot * t2 + c * np.sum(v_dot * np.cos(v)))
    return acc, acc_dot
