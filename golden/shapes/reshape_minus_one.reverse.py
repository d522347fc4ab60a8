# s2s show tests/cases/shapes.py::reshape_minus_one --wrt 0,1
def reshape_minus_one_grad(x, v):
    t1 = np.reshape(x, (-1,))
    t2 = t1 * v
    t3 = np.reshape(v, (3, -1))
    t4 = t3 ** 2
    v_bar = reshape_like(unreduce(1.0, t4) * 2 * t3, v)
    t2_bar = unreduce(1.0, t2)
    v_bar = v_bar + unbroadcast(t2_bar * t1, v)
    x_bar = reshape_like(unbroadcast(t2_bar * v, t1), x)
    return np.sum(t2) + np.sum(t4), x_bar, v_bar
