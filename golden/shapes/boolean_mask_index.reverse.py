# s2s show tests/cases/shapes.py::boolean_mask_index --wrt 0
def boolean_mask_index_grad(x):
    t1 = x > 0
    t2 = x[t1]
    t3 = t2 ** 2
    t4 = np.absolute(x) < 0.5
    t5 = x[t4]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, t4, unreduce(1.0, t5))
    x_bar = add_into(x_bar, t1, unreduce(1.0, t3) * 2 * t2)
    return np.sum(t3) + np.sum(t5), x_bar
