# s2s show ../../tests/cases/statements.py::dict_comprehension_over_items --mode forward --wrt 0,1
def dict_comprehension_over_items_jvp(W, b, W_dot, b_dot):
    W = 0.9 * W
    b = 0.9 * b
    b_dot = 0.9 * b_dot
    t1 = np.exp(b)
    return np.sum(W ** 2) + np.sum(t1), np.sum(W_dot * 1.8 * W) + np.sum(b_dot * t1)
