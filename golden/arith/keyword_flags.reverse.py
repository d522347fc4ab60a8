# s2s show tests/cases/arith.py::keyword_flags --wrt 0
def keyword_flags_grad(x, scale=2.0, square=True):
    if square:
        t1 = np.sum(x * x)
        result = scale * t1
    else:
        t2 = np.sum(np.sin(x))
        result = scale * t2
    if square:
        x_bar = unbroadcast(scale, t1) * x
        x_bar = x_bar + x_bar
    else:
        x_bar = unbroadcast(scale, t2) * np.cos(x)
    return result, x_bar
