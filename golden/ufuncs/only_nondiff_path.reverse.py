# s2s show tests/cases/ufuncs.py::only_nondiff_path --wrt 0
def only_nondiff_path_grad(x):
    x_bar = zeros_like(x)
    return np.sum(np.floor(3.0 * x)) + np.sum(np.sign(x)) * 2.0 + 1.0, x_bar
