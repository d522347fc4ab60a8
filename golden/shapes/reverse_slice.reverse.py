# s2s show tests/cases/shapes.py::reverse_slice --wrt 0
def reverse_slice_grad(x):
    t1 = x[::-1]
    t2 = x[3:0:-1]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[3:0:-1], 2.0 * t2)
    x_bar = x_bar + unbroadcast(t1, x)
    x_bar = add_into(x_bar, np.s_[::-1], unbroadcast(x, t1))
    return np.sum(t1 * x) + np.sum(t2 ** 2), x_bar
