# s2s show ../../tests/cases/classes.py::mlp_method_loss --mode forward --wrt 0,1,2
def mlp_method_loss_jvp(W1, b1, w2, x, W1_dot, b1_dot, w2_dot):
    t1 = np.tanh(W1 @ x + b1)
    t3 = w2_dot @ t1 + w2 @ ((W1_dot @ x + b1_dot) * (1 - t1 ** 2))
    t2 = w2 @ t1 - 1.0
    t4 = t3 * 2 * t2 + np.sum(W1_dot * 2 * W1) * 0.01
    return t2 ** 2 + np.sum(W1 ** 2) * 0.01, t4
