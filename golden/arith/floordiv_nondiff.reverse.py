# s2s show ../../tests/cases/arith.py::floordiv_nondiff --wrt 0
def floordiv_nondiff_grad(x):
    x_bar = unbroadcast(x // 0.5, x)
    return x_bar
