# s2s show tests/cases/arith.py::keyword_flags --mode hvp --wrt 0
def keyword_flags_hvp(x, scale, square, x_dot):
    if square:
        t1 = np.sum(x * x)
    else:
        t2 = np.sum(np.sin(x))
    if square:
        x_bar_dot = unbroadcast(scale, t1) * x_dot
        x_bar_dot = x_bar_dot + x_bar_dot
    else:
        x_bar_dot = -(unbroadcast(scale, t2) * (x_dot * np.sin(x)))
    return x_bar_dot
