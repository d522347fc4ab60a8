# s2s show ../../tests/cases/arith.py::floordiv_nondiff --mode hvp --wrt 0
def floordiv_nondiff_hvp(x, x_dot):
    x_bar = unbroadcast(x // 0.5, x)
    return zeros_like(x_bar)
