# s2s show ../../tests/cases/comprehensions.py::polynomial_features --mode reverse --wrt 0
def polynomial_features_grad(x):
    items = []
    r = range(4)
    for p in r:
        items.append(x ** p)
    feats = np.stack(items, axis=1)
    feats_bar = matmul_vjp_lhs(1.0, feats, np.linspace(1.0, 2.0, 4))
    items_bar = unstack(feats_bar, items, axis=1)
    t1 = rows_for(r, reverse=True)
    for p in reversed(r):
        t2 = items_bar[-1]
        items_bar = items_bar[:-1]
        t1.append(t2 * p * x ** np.where(p == 0, 0, p - 1))
    x_bar = unbroadcast_sum(stack_rows(t1), x)
    return x_bar
