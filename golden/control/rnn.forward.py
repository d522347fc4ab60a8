# s2s show ../../tests/cases/control.py::rnn --mode forward --wrt 0,1,2
def rnn_jvp(h0, W, xs, h0_dot, W_dot, xs_dot):
    h, h_dot = h0, h0_dot
    for t in range(np.shape(xs)[0]):
        t1 = W_dot @ h + W @ h_dot + xs_dot[t]
        h = np.tanh(W @ h + xs[t])
        h_dot = t1 * (1 - h ** 2)
    return np.sum(h ** 2), np.sum(h_dot * 2 * h)
