# s2s show ../../tests/cases/control.py::rnn_input_projection --mode reverse --wrt 0,1,2,3
def rnn_input_projection_grad(h0, W, U, xs):
    r = range(len(xs))
    t1 = rowwise(np.matmul, U, xs, rows=1)
    t2 = rowwise(np.add, t1, 0.5, overwrite=True)
    hs = rows_for(r, h0)
    h = h0
    for i in r:
        h = np.tanh(W @ h + t2[i])
        hs.append(h)
    h_bar = h + h
    xs_bar = zeros_like(xs)
    hs_rows = stack_rows(hs)
    t3 = rowwise(np.power, hs_rows[1:], 2)
    t4 = rowwise(np.subtract, 1, t3, rows=1, overwrite=True)
    t6 = rows_for(r, reverse=True, into=t4)
    for i1 in reversed(r):
        h = hs[i1]
        x_t = xs[i1]
        t7 = h_bar * t4[i1]
        x_t_bar = matmul_vjp_rhs(t7, U, x_t)
        h_bar = matmul_vjp_rhs(t7, W, h)
        xs_bar = add_into(xs_bar, i1, x_t_bar)
        t6.append(t7)
    t5 = stack_rows(t6)
    x_t_rows = stack_rows(xs[::-1])
    U_bar = matmul_vjp_lhs_sum(t5, U, x_t_rows)
    W_bar = matmul_vjp_lhs_sum(t5, W, hs_rows[:-1][::-1])
    return h_bar, W_bar, U_bar, xs_bar
