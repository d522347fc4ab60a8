# s2s show ../../tests/cases/classes.py::namedtuple_layer --mode reverse --wrt 0,1
def namedtuple_layer_grad(W, b, x):
    h = W @ x + b
    t1 = np.tanh(h)
    h_bar = 2.0 * t1 * (1 - t1 ** 2)
    W_bar = matmul_vjp_lhs(h_bar, W, x)
    b_bar = unbroadcast(h_bar, b)
    return W_bar, b_bar
