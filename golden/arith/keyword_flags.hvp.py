# s2s show ../../tests/cases/arith.py::keyword_flags --mode hvp --wrt 0
def keyword_flags_hvp(x, scale, square, x_dot):
    if square:
        x_bar_dot = scale * x_dot
        x_bar_dot = x_bar_dot + x_bar_dot
    else:
        x_bar_dot = -(scale * (x_dot * np.sin(x)))
    return x_bar_dot
