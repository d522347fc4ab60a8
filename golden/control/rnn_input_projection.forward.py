# s2s show ../../tests/cases/control.py::rnn_input_projection --mode forward --wrt 0,1,2,3
def rnn_input_projection_jvp(h0, W, U, xs, h0_dot, W_dot, U_dot, xs_dot):
    h, h_dot = h0, h0_dot
    for i in range(len(xs)):
        x_t = xs[i]
        x_t_dot = xs_dot[i]
        t1 = W_dot @ h + W @ h_dot + (U_dot @ x_t + U @ x_t_dot)
        h = np.tanh(W @ h + U @ x_t + 0.5)
        h_dot = t1 * (1 - h ** 2)
    return np.sum(h * h), np.sum(h_dot * h + h * h_dot)
