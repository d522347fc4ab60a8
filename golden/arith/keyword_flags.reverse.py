# s2s show ../../tests/cases/arith.py::keyword_flags --wrt 0
def keyword_flags_grad(x, scale=2.0, square=True):
    if square:
        x_bar = scale * x
        x_bar = x_bar + x_bar
    else:
        x_bar = scale * np.cos(x)
    return x_bar
