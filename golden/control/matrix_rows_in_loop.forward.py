# s2s show ../../tests/cases/control.py::matrix_rows_in_loop --mode forward --wrt 0,1,2
def matrix_rows_in_loop_jvp(xs, V, c, xs_dot, V_dot, c_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(len(xs)):
        x = xs[i]
        x_dot = xs_dot[i]
        t1 = np.exp(0.1 * (x @ V))
        t2 = np.sum(t1 - c)
        t2_dot = np.sum(0.1 * (x_dot @ V + x @ V_dot) * t1 - c_dot)
        t3 = t2_dot * acc + t2 * acc_dot
        acc = acc + t2 * acc
        acc_dot = acc_dot + t3
    return acc, acc_dot
