# s2s show tests/cases/control.py::rnn --mode hvp --wrt 0,1,2
def rnn_hvp(h0, W, xs, h0_dot, W_dot, xs_dot):
    r = range(np.shape(xs)[0])
    h_all = []
    h_all_1 = []
    h_dot_all = []
    h_dot_all_1 = []
    h, h_dot = h0, h0_dot
    for t in r:
        h_1 = np.tanh(W @ h + xs[t])
        h_1_dot = (W_dot @ h + W @ h_dot + xs_dot[t]) * (1 - h_1 ** 2)
        h_all.append(h)
        h_all_1.append(h_1)
        h_dot_all.append(h_dot)
        h_dot_all_1.append(h_1_dot)
        h, h_dot = h_1, h_1_dot
    h_bar = 2.0 * h
    h_bar_dot = 2.0 * h_dot
    h_all_rows = stack_rows(h_all_1)
    t1 = rowwise(np.power, h_all_rows, 2)
    h_dot_all_rows = stack_rows(h_dot_all_1)
    t2 = rowwise(np.multiply, h_dot_all_rows, 2)
    t3 = rowwise(np.subtract, 1, t1, rows=1)
    W_bar_dot, xs_bar_dot = zeros_like(W), zeros_like(xs)
    for t in reversed(r):
        h = h_all[t]
        h_1 = h_all_1[t]
        h_dot = h_dot_all[t]
        t4 = t3[t]
        t5 = h_bar * t4
        t5_dot = h_bar_dot * t4 - h_bar * (t2[t] * h_1)
        xs_bar_dot = add_into(xs_bar_dot, t, unbroadcast(t5_dot, xs[t]))
        W_bar_dot = W_bar_dot + (matmul_vjp_lhs(t5_dot, W, h) + matmul_vjp_lhs(t5, W, h_dot))
        h_bar = matmul_vjp_rhs(t5, W, h)
        h_bar_dot = matmul_vjp_rhs(t5_dot, W, h) + matmul_vjp_rhs(t5, W_dot, h)
    return h_bar_dot, W_bar_dot, xs_bar_dot
