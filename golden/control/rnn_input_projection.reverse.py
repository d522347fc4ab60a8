# s2s show tests/cases/control.py::rnn_input_projection --mode reverse --wrt 0,1,2,3
def rnn_input_projection_grad(h0, W, U, xs):
    r = range(len(xs))
    t1 = rowwise(np.add, rowwise(np.matmul, U, xs, rows=1), 0.5)
    h_all = []
    h_all_1 = []
    h = h0
    for i in r:
        h_1 = np.tanh(W @ h + t1[i])
        h_all.append(h)
        h_all_1.append(h_1)
        h = h_1
    t2 = np.sum(h * h)
    h_bar = h + h
    xs_bar = zeros_like(xs)
    h_all_rows = stack_rows(h_all_1)
    t3 = rowwise(np.subtract, 1, rowwise(np.power, h_all_rows, 2), rows=1)
    t5 = []
    for i1 in reversed(r):
        h = h_all[i1]
        x_t = xs[i1]
        t6 = h_bar * t3[i1]
        x_t_bar = matmul_vjp_rhs(t6, U, x_t)
        h_bar = matmul_vjp_rhs(t6, W, h)
        xs_bar = add_into(xs_bar, i1, x_t_bar)
        t5.append(t6)
    t4 = stack_rows(t5)
    x_t_rows = stack_rows(xs[::-1])
    U_bar = matmul_vjp_lhs_sum(t4, U, x_t_rows)
    h_rows = stack_rows(h_all[::-1])
    W_bar = matmul_vjp_lhs_sum(t4, W, h_rows)
    return t2, h_bar, W_bar, U_bar, xs_bar
