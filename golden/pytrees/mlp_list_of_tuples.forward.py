# s2s show ../../tests/cases/pytrees.py::mlp_list_of_tuples --mode forward --wrt 0
def mlp_list_of_tuples_jvp(params, x, params_dot):
    h, h_dot = x, zeros_like(x)
    for i in range(len(params)):
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        t1 = h_dot @ W + h @ W_dot + b_dot
        h = np.tanh(h @ W + b)
        h_dot = t1 * (1 - h ** 2)
    return np.sum(h ** 2), np.sum(h_dot * 2 * h)
