# s2s show tests/cases/arith.py::keyword_flags --mode hvp --wrt 0
def keyword_flags_hvp(x, scale, square=2.0, x_dot=True):
    if square:
        t1 = x * x
    else:
        t2 = np.sin(x)
    if square:
        x_bar_dot = unreduce(scale, t1) * x_dot
        x_bar_dot = x_bar_dot + x_bar_dot
    else:
        x_bar_dot = unreduce(scale, t2) * (x_dot * -np.sin(x))
    return x_bar_dot
