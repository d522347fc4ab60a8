# s2s show ../../tests/cases/ufuncs.py::only_nondiff_path --wrt 0
def only_nondiff_path_grad(x):
    x_bar = zeros_like(x)
    return x_bar
