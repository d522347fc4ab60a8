# s2s show tests/cases/arith.py::floordiv_nondiff --mode hvp --wrt 0
def floordiv_nondiff_hvp(x, x_dot):
    t1 = x // 0.5
    x_bar = broadcast_like(1.0, x * t1) * t1
    x_bar = unbroadcast(x_bar, x)
    return zeros_like(x_bar)
