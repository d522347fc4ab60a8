# s2s show ../../tests/cases/control.py::matrix_rows_in_loop --mode hvp --wrt 0,1,2
def matrix_rows_in_loop_hvp(xs, V, c, xs_dot, V_dot, c_dot):
    r = range(len(xs))
    t1 = rowwise(np.matmul, xs, V)
    t2 = rowwise(np.matmul, xs, V_dot)
    t3 = rowwise(np.multiply, 0.1, t1, rows=1, overwrite=True)
    t4 = rowwise(np.exp, t3, overwrite=True)
    t5 = rowwise(np.subtract, t4, c)
    acc_all = rows_for(r)
    acc_dot_all = rows_for(r)
    acc, acc_dot, t13, t11, t12 = 0.0, 0.0, rows_for(r, into=t2), rows_for(r), rows_for(r)
    for i in r:
        x_dot = xs_dot[i]
        t14 = 0.1 * (x_dot @ V + t2[i]) * t4[i]
        t6 = np.sum(t5[i])
        t6_dot = np.sum(t14 - c_dot)
        acc_1 = acc + t6 * acc
        acc_1_dot = acc_dot + (t6_dot * acc + t6 * acc_dot)
        t13.append(t6)
        acc_all.append(acc)
        t11.append(t14)
        t12.append(t6_dot)
        acc_dot_all.append(acc_dot)
        acc, acc_dot = acc_1, acc_1_dot
    acc_bar, acc_bar_dot, V_bar_dot, c_bar_dot, xs_bar_dot = 1.0, 0.0, zeros_like(V), zeros_like(c), zeros_like(xs)
    for i1 in reversed(r):
        t7 = t4[i1]
        t8 = t5[i1]
        t9 = t13[i1]
        acc = acc_all[i1]
        x = xs[i1]
        acc_dot = acc_dot_all[i1]
        x_dot = xs_dot[i1]
        t6_bar = acc_bar * acc
        t6_bar_dot = acc_bar_dot * acc + acc_bar * acc_dot
        t15 = acc_bar_dot * t9 + acc_bar * t12[i1]
        acc_bar = acc_bar + acc_bar * t9
        acc_bar_dot = acc_bar_dot + t15
        t16 = broadcast_like(t6_bar, t8)
        t16_dot = broadcast_like(t6_bar_dot, t8)
        c_bar_dot = c_bar_dot - unbroadcast(t16_dot, c)
        t10 = t16 * t7 * 0.1
        t10_dot = (t16_dot * t7 + t16 * t11[i1]) * 0.1
        x_bar_dot = matmul_vjp_lhs(t10_dot, x, V) + matmul_vjp_lhs(t10, x, V_dot)
        V_bar_dot = V_bar_dot + (matmul_vjp_rhs(t10_dot, x, V) + matmul_vjp_rhs(t10, x_dot, V))
        xs_bar_dot = add_into(xs_bar_dot, i1, x_bar_dot)
    return xs_bar_dot, V_bar_dot, c_bar_dot
