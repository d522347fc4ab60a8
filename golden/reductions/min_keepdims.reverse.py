# s2s show ../../tests/cases/reductions.py::min_keepdims --wrt 0
def min_keepdims_grad(x):
    t1 = np.min(x, axis=0, keepdims=True)
    t2 = 2.0 * (x - t1)
    x_bar = t2 + unreduce_extremum(-t2, x, t1, axis=0, keepdims=True)
    return x_bar
