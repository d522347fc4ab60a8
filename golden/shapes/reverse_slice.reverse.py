# s2s show tests/cases/shapes.py::reverse_slice --wrt 0
def reverse_slice_grad(x):
    t1 = x[::-1]
    t2 = t1 * x
    t3 = x[3:0:-1]
    t4 = t3 ** 2
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[3:0:-1], unreduce(1.0, t4) * 2 * t3)
    t2_bar = unreduce(1.0, t2)
    x_bar = x_bar + unbroadcast(t2_bar * t1, x)
    x_bar = add_into(x_bar, np.s_[::-1], unbroadcast(t2_bar * x, t1))
    return np.sum(t2) + np.sum(t4), x_bar
