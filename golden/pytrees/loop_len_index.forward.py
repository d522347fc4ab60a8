# s2s show ../../tests/cases/pytrees.py::loop_len_index --mode forward --wrt 0
def loop_len_index_jvp(params, x, params_dot):
    x_dot = zeros_like(x)
    for i in range(len(params)):
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        t1 = np.tanh(W @ x + b)
        t1_dot = (W_dot @ x + W @ x_dot + b_dot) * (1 - t1 ** 2)
        x = t1 + x
        x_dot = t1_dot + x_dot
    return np.sum(x ** 2), np.sum(x_dot * 2 * x)
