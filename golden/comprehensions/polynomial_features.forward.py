# s2s show ../../tests/cases/comprehensions.py::polynomial_features --mode forward --wrt 0
def polynomial_features_jvp(x, x_dot):
    items = []
    items_dot = zeros_like(items)
    for p in range(4):
        items.append(x ** p)
        items_dot.append(x_dot * p * x ** np.where(p == 0, 0, p - 1))
    feats = np.stack(items, axis=1)
    feats_dot = np.stack(items_dot, axis=1)
    t1 = np.linspace(1.0, 2.0, 4)
    return np.sum(feats @ t1), np.sum(feats_dot @ t1)
