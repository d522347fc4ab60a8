# s2s show tests/cases/ufuncs.py::only_nondiff_path --wrt 0
def only_nondiff_path_grad(x):
    t1 = np.sum(np.floor(3.0 * x)) + np.sum(np.sign(x)) * 2.0
    x_bar = zeros_like(x)
    return t1 + 1.0, x_bar
