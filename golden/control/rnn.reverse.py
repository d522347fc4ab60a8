# s2s show tests/cases/control.py::rnn --wrt 0,1,2
def rnn_grad(h0, W, xs):
    tape = []
    r = range(np.shape(xs)[0])
    h = h0
    for t in r:
        t1 = xs[t]
        h_1 = np.tanh(W @ h + t1)
        tape.append((t1, h, h_1))
        h = h_1
    t2 = np.sum(h ** 2)
    h_bar = 2.0 * h
    xs_bar = zeros_like(xs)
    h_all = []
    t3 = []
    for t in reversed(r):
        t1, h, h_1 = tape.pop()
        t4 = h_bar * (1 - h_1 ** 2)
        xs_bar = add_into(xs_bar, t, unbroadcast(t4, t1))
        h_bar = matmul_vjp_rhs(t4, W, h)
        t3.append(t4)
        h_all.append(h)
    W_bar = matmul_vjp_lhs_sum(t3, W, h_all)
    return t2, h_bar, W_bar, xs_bar
