# s2s show ../../tests/cases/ufuncs.py::only_nondiff_path --mode hvp --wrt 0
def only_nondiff_path_hvp(x, x_dot):
    return zeros_like(x)
