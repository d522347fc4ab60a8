# s2s show tests/cases/control.py::matrix_rows_in_loop --mode reverse --wrt 0,1,2
def matrix_rows_in_loop_grad(xs, V, c):
    r = range(len(xs))
    t1 = rowwise(np.exp, rowwise(np.multiply, 0.1, rowwise(np.matmul, xs, V), rows=1))
    t2 = rowwise(np.subtract, t1, c)
    acc_all = []
    acc, t6 = 0.0, []
    for i in r:
        t3 = np.sum(t2[i])
        acc_1 = acc + t3 * acc
        t6.append(t3)
        acc_all.append(acc)
        acc = acc_1
    xs_bar = zeros_like(xs)
    acc_bar, t5_all, t7 = 1.0, [], []
    for i1 in reversed(r):
        t4 = t6[i1]
        acc_1 = acc_all[i1]
        x = xs[i1]
        t3_bar = acc_bar * acc_1
        acc_bar = unbroadcast(acc_bar, acc_1) + unbroadcast(acc_bar * t4, acc_1)
        t8 = broadcast_like(unbroadcast(t3_bar, t4), t2[i1])
        t5 = t8 * t1[i1] * 0.1
        x_bar = matmul_vjp_lhs(t5, x, V)
        xs_bar = add_into(xs_bar, i1, x_bar)
        t5_all.append(t5)
        t7.append(-t8)
    x_rows = stack_rows(xs[::-1])
    V_bar = matmul_vjp_rhs_sum(stack_rows(t5_all), x_rows, V)
    c_bar = unbroadcast_sum(stack_rows(t7), c)
    return acc, xs_bar, V_bar, c_bar
