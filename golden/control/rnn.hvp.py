# s2s show tests/cases/control.py::rnn --mode hvp --wrt 0,1,2
def rnn_hvp(h0, W, xs, h0_dot, W_dot, xs_dot):
    tape = []
    r = range(np.shape(xs)[0])
    h, h_dot = h0, h0_dot
    for t in r:
        t1 = xs[t]
        t1_dot = xs_dot[t]
        h_1 = np.tanh(W @ h + t1)
        h_1_dot = (W_dot @ h + W @ h_dot + t1_dot) * (1 - h_1 ** 2)
        tape.append((t1, h, h_1, t1_dot, h_dot, h_1_dot))
        h, h_dot = h_1, h_1_dot
    h_bar = 2.0 * h
    h_bar_dot = 2.0 * h_dot
    W_bar_dot, xs_bar_dot = zeros_like(W), zeros_like(xs)
    for t in reversed(r):
        t1, h, h_1, t1_dot, h_dot, h_1_dot = tape.pop()
        t2 = 1 - h_1 ** 2
        t3 = h_bar * t2
        t3_dot = h_bar_dot * t2 - h_bar * (h_1_dot * 2 * h_1)
        xs_bar_dot = add_into(xs_bar_dot, t, unbroadcast(t3_dot, t1))
        W_bar_dot = W_bar_dot + (matmul_vjp_lhs(t3_dot, W, h) + matmul_vjp_lhs(t3, W, h_dot))
        h_bar = matmul_vjp_rhs(t3, W, h)
        h_bar_dot = matmul_vjp_rhs(t3_dot, W, h) + matmul_vjp_rhs(t3, W_dot, h)
    return h_bar_dot, W_bar_dot, xs_bar_dot
