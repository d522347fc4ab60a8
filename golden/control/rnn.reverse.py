# s2s show ../../tests/cases/control.py::rnn --wrt 0,1,2
def rnn_grad(h0, W, xs):
    r = range(np.shape(xs)[0])
    hs = rows_for(r, h0)
    h = h0
    for t in r:
        h = np.tanh(W @ h + xs[t])
        hs.append(h)
    h_bar = 2.0 * h
    xs_bar = zeros_like(xs)
    hs_rows = stack_rows(hs)
    t1 = rowwise(np.power, hs_rows[1:], 2)
    t2 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    t3 = rows_for(r, reverse=True, into=t2)
    for t in reversed(r):
        h = hs[t]
        t4 = h_bar * t2[t]
        xs_bar = add_into(xs_bar, t, unbroadcast(t4, xs[t]))
        h_bar = matmul_vjp_rhs(t4, W, h)
        t3.append(t4)
    W_bar = matmul_vjp_lhs_sum(stack_rows(t3), W, hs_rows[:-1][::-1])
    return h_bar, W_bar, xs_bar
