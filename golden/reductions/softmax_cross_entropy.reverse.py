# s2s show ../../tests/cases/reductions.py::softmax_cross_entropy --wrt 0
def softmax_cross_entropy_grad(x, t):
    t1 = np.max(x, axis=1, keepdims=True)
    z = x - t1
    t2 = np.exp(z)
    t3 = np.sum(t2, axis=1, keepdims=True)
    p = t2 / t3
    p_bar = -1.0 * t / p
    t2_bar = unbroadcast(p_bar / t3, t2) + broadcast_like(unbroadcast(t / p * p / t3, t3), t2)
    z_bar = t2_bar * t2
    x_bar = z_bar + unreduce_extremum(-z_bar, x, t1, axis=1, keepdims=True)
    return x_bar
