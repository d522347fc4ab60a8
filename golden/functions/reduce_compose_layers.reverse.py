# s2s show ../../tests/cases/functions.py::reduce_compose_layers --mode reverse --wrt 0
def reduce_compose_layers_grad(weights, x):
    r = range(len(weights))
    accs = rows_for(r, x)
    acc = x
    for i in r:
        item = weights[i]
        acc = np.tanh(item @ acc)
        accs.append(acc)
    acc_bar = 2.0 * acc
    weights_bar = zeros_like(weights)
    accs_rows = stack_rows(accs)
    t1 = rowwise(np.power, accs_rows[1:], 2)
    t2 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    for i1 in reversed(r):
        acc = accs[i1]
        item = weights[i1]
        t3 = acc_bar * t2[i1]
        item_bar = matmul_vjp_lhs(t3, item, acc)
        acc_bar = matmul_vjp_rhs(t3, item, acc)
        weights_bar = add_into(weights_bar, i1, item_bar)
    return weights_bar
