# s2s show tests/cases/reductions.py::prod_all --mode hvp --wrt 0
def prod_all_hvp(x, x_dot):
    pass
    return zeros_like(unprod(1.0, x))
