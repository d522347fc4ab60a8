# s2s show ../../tests/cases/functions.py::reduce_compose_layers --mode forward --wrt 0
def reduce_compose_layers_jvp(weights, x, weights_dot):
    acc, acc_dot = x, zeros_like(x)
    for i in range(len(weights)):
        item = weights[i]
        item_dot = weights_dot[i]
        t1 = item_dot @ acc + item @ acc_dot
        acc = np.tanh(item @ acc)
        acc_dot = t1 * (1 - acc ** 2)
    return np.sum(acc ** 2), np.sum(acc_dot * 2 * acc)
