# s2s show ../../tests/cases/control.py::rnn --mode hvp --wrt 0,1,2
def rnn_hvp(h0, W, xs, h0_dot, W_dot, xs_dot):
    r = range(np.shape(xs)[0])
    hs = rows_for(r, h0)
    h_dots = rows_for(r, h0_dot)
    h, h_dot = h0, h0_dot
    for t in r:
        t5 = W_dot @ h + W @ h_dot + xs_dot[t]
        h = np.tanh(W @ h + xs[t])
        h_dot = t5 * (1 - h ** 2)
        hs.append(h)
        h_dots.append(h_dot)
    h_bar = 2.0 * h
    h_bar_dot = 2.0 * h_dot
    hs_rows = stack_rows(hs)
    t1 = rowwise(np.power, hs_rows[1:], 2)
    h_dots_rows = stack_rows(h_dots)
    t2 = rowwise(np.multiply, h_dots_rows[1:], 2)
    t3 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    W_bar_dot, xs_bar_dot = zeros_like(W), zeros_like(xs)
    for t in reversed(r):
        h = hs[t]
        h_1 = hs[t + 1]
        h_dot = h_dots[t]
        t4 = t3[t]
        t6 = h_bar * t4
        t6_dot = h_bar_dot * t4 - h_bar * (t2[t] * h_1)
        xs_bar_dot = add_into(xs_bar_dot, t, unbroadcast(t6_dot, xs[t]))
        W_bar_dot = W_bar_dot + (matmul_vjp_lhs(t6_dot, W, h) + matmul_vjp_lhs(t6, W, h_dot))
        h_bar = matmul_vjp_rhs(t6, W, h)
        h_bar_dot = matmul_vjp_rhs(t6_dot, W, h) + matmul_vjp_rhs(t6, W_dot, h)
    return h_bar_dot, W_bar_dot, xs_bar_dot
