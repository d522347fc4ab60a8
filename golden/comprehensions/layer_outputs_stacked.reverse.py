# s2s show ../../tests/cases/comprehensions.py::layer_outputs_stacked --mode reverse --wrt 0
def layer_outputs_stacked_grad(x, weights):
    hs = []
    r = range(len(weights))
    t1 = rowwise(np.matmul, weights, x)
    t2 = rowwise(np.tanh, t1, overwrite=True)
    for i in r:
        hs.append(t2[i])
    hs_bar = unstack(2.0 * np.stack(hs), hs)
    t3 = rowwise(np.power, t2, 2)
    t4 = rowwise(np.subtract, 1, t3, rows=1, overwrite=True)
    t5 = rows_for(r, reverse=True, into=t4)
    for i1 in reversed(r):
        t6 = hs_bar[-1]
        hs_bar = hs_bar[:-1]
        t5.append(t6 * t4[i1])
    W_rows = stack_rows(weights[::-1])
    x_bar = matmul_vjp_rhs_sum(stack_rows(t5), W_rows, x)
    return x_bar
