# s2s show ../../tests/cases/classes.py::namedtuple_layer --mode forward --wrt 0,1
def namedtuple_layer_jvp(W, b, x, W_dot, b_dot):
    h = W @ x + b
    h_dot = W_dot @ x + b_dot
    t1 = np.tanh(h)
    t2 = t1 ** 2
    return np.sum(t2), np.sum(h_dot * (1 - t2) * 2 * t1)
