# s2s show tests/cases/shapes.py::reshape_minus_one --wrt 0,1
def reshape_minus_one_grad(x, v):
    t1 = np.reshape(x, (-1,))
    t2 = np.reshape(v, (3, -1))
    v_bar = reshape_like(2.0 * t2, v)
    v_bar = v_bar + unbroadcast(t1, v)
    x_bar = reshape_like(unbroadcast(v, t1), x)
    return np.sum(t1 * v) + np.sum(t2 ** 2), x_bar, v_bar
