# s2s show tests/cases/control.py::matrix_rows_in_loop --mode hvp --wrt 0,1,2
def matrix_rows_in_loop_hvp(xs, V, c, xs_dot, V_dot, c_dot):
    r = range(len(xs))
    t1 = rowwise(np.matmul, xs, V_dot)
    t2 = rowwise(np.exp, rowwise(np.multiply, 0.1, rowwise(np.matmul, xs, V), rows=1))
    t3 = rowwise(np.subtract, t2, c)
    acc_all = []
    acc_dot_all = []
    acc, acc_dot, t9, t10, t11 = 0.0, 0.0, [], [], []
    for i in r:
        x_dot = xs_dot[i]
        t12 = 0.1 * (x_dot @ V + t1[i]) * t2[i]
        t4 = np.sum(t3[i])
        t4_dot = np.sum(t12 - c_dot)
        acc_1 = acc + t4 * acc
        acc_1_dot = acc_dot + (t4_dot * acc + t4 * acc_dot)
        t9.append(t4)
        acc_all.append(acc)
        t10.append(t12)
        t11.append(t4_dot)
        acc_dot_all.append(acc_dot)
        acc, acc_dot = acc_1, acc_1_dot
    acc_bar, acc_bar_dot, V_bar_dot, xs_bar_dot, t13 = 1.0, 0.0, zeros_like(V), zeros_like(xs), []
    for i1 in reversed(r):
        t5 = t2[i1]
        t6 = t3[i1]
        t7 = t9[i1]
        acc = acc_all[i1]
        x = xs[i1]
        acc_dot = acc_dot_all[i1]
        x_dot = xs_dot[i1]
        t4_bar = acc_bar * acc
        t4_bar_dot = acc_bar_dot * acc + acc_bar * acc_dot
        t14 = unbroadcast(acc_bar_dot * t7 + acc_bar * t11[i1], acc)
        acc_bar = unbroadcast(acc_bar, acc) + unbroadcast(acc_bar * t7, acc)
        acc_bar_dot = unbroadcast(acc_bar_dot, acc) + t14
        t15 = broadcast_like(unbroadcast(t4_bar, t7), t6)
        t15_dot = broadcast_like(unbroadcast(t4_bar_dot, t7), t6)
        t8 = t15 * t5 * 0.1
        t8_dot = (t15_dot * t5 + t15 * t10[i1]) * 0.1
        x_bar_dot = matmul_vjp_lhs(t8_dot, x, V) + matmul_vjp_lhs(t8, x, V_dot)
        V_bar_dot = V_bar_dot + (matmul_vjp_rhs(t8_dot, x, V) + matmul_vjp_rhs(t8, x_dot, V))
        xs_bar_dot = add_into(xs_bar_dot, i1, x_bar_dot)
        t13.append(-t15_dot)
    c_bar_dot = unbroadcast_sum(stack_rows(t13), c)
    return xs_bar_dot, V_bar_dot, c_bar_dot
