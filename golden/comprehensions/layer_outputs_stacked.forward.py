# s2s show ../../tests/cases/comprehensions.py::layer_outputs_stacked --mode forward --wrt 0
def layer_outputs_stacked_jvp(x, weights, x_dot):
    hs = []
    hs_dot = zeros_like(hs)
    for i in range(len(weights)):
        W = weights[i]
        t1 = np.tanh(W @ x)
        hs.append(t1)
        hs_dot.append(W @ x_dot * (1 - t1 ** 2))
    t2 = np.stack(hs)
    return np.sum(t2 ** 2), np.sum(np.stack(hs_dot) * 2 * t2)
