# s2s show tests/cases/shapes.py::integer_array_index --wrt 0
def integer_array_index_grad(x):
    t1 = x[IDX]
    t2 = t1 ** 2
    t3 = np.array([4, 4, 1])
    t4 = x[t3] * 3.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, t3, unreduce(1.0, t4) * 3.0)
    x_bar = add_into(x_bar, IDX, unreduce(1.0, t2) * 2 * t1)
    return np.sum(t2) + np.sum(t4), x_bar
