# s2s show tests/cases/arith.py::keyword_flags --wrt 0
def keyword_flags_grad(x, scale=2.0, square=True):
    if square:
        t1 = x * x
        result = scale * np.sum(t1)
    else:
        t2 = np.sin(x)
        result = scale * np.sum(t2)
    if square:
        x_bar = unreduce(scale, t1) * x
        x_bar = x_bar + x_bar
    else:
        x_bar = unreduce(scale, t2) * np.cos(x)
    return result, x_bar
