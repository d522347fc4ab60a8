# s2s show tests/cases/control.py::rnn --wrt 0,1,2
def rnn_grad(h0, W, xs):
    r = range(np.shape(xs)[0])
    h_all = []
    h_all_1 = []
    h = h0
    for t in r:
        h_1 = np.tanh(W @ h + xs[t])
        h_all.append(h)
        h_all_1.append(h_1)
        h = h_1
    h_bar = 2.0 * h
    xs_bar = zeros_like(xs)
    h_all_rows = stack_rows(h_all_1)
    t1 = rowwise(np.power, h_all_rows, 2)
    t2 = rowwise(np.subtract, 1, t1, rows=1)
    t3 = []
    for t in reversed(r):
        h = h_all[t]
        t4 = h_bar * t2[t]
        xs_bar = add_into(xs_bar, t, unbroadcast(t4, xs[t]))
        h_bar = matmul_vjp_rhs(t4, W, h)
        t3.append(t4)
    h_rows = stack_rows(h_all[::-1])
    W_bar = matmul_vjp_lhs_sum(stack_rows(t3), W, h_rows)
    return h_bar, W_bar, xs_bar
