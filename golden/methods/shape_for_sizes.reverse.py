# s2s show ../../tests/cases/methods.py::shape_for_sizes --wrt 0
def shape_for_sizes_grad(x):
    t1 = np.shape(x)
    n, m = t1
    t2 = n * m
    t3 = n - 1
    t4 = x[t3]
    t5 = t1[1]
    t6 = np.sum(x) / t2 + np.sum(t4) * t5 + np.size(x) * 0.5
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, t3, broadcast_like(t5, t4))
    x_bar = x_bar + 1.0 / t2
    return t6 + np.ndim(x), x_bar
