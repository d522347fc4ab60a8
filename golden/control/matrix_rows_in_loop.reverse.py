# s2s show ../../tests/cases/control.py::matrix_rows_in_loop --mode reverse --wrt 0,1,2
def matrix_rows_in_loop_grad(xs, V, c):
    r = range(len(xs))
    t1 = rowwise(np.matmul, xs, V)
    t2 = rowwise(np.multiply, 0.1, t1, rows=1, overwrite=True)
    t3 = rowwise(np.exp, t2, overwrite=True)
    t4 = rowwise(np.subtract, t3, c)
    acc_all = rows_for(r)
    acc, t7 = 0.0, rows_for(r)
    for i in r:
        t5 = np.sum(t4[i])
        acc_1 = acc + t5 * acc
        t7.append(t5)
        acc_all.append(acc)
        acc = acc_1
    c_bar = zeros_like(c)
    xs_bar = zeros_like(xs)
    acc_bar, t6_all = 1.0, rows_for(r, reverse=True)
    for i1 in reversed(r):
        acc = acc_all[i1]
        x = xs[i1]
        t5_bar = acc_bar * acc
        acc_bar = acc_bar + acc_bar * t7[i1]
        t8 = broadcast_like(t5_bar, t4[i1])
        c_bar = c_bar - unbroadcast(t8, c)
        t6 = t8 * t3[i1] * 0.1
        x_bar = matmul_vjp_lhs(t6, x, V)
        xs_bar = add_into(xs_bar, i1, x_bar)
        t6_all.append(t6)
    x_rows = stack_rows(xs[::-1])
    V_bar = matmul_vjp_rhs_sum(stack_rows(t6_all), x_rows, V)
    return xs_bar, V_bar, c_bar
