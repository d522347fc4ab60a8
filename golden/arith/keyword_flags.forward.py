# s2s show ../../tests/cases/arith.py::keyword_flags --mode forward --wrt 0
def keyword_flags_jvp(x, scale, square, x_dot):
    if square:
        result = scale * np.sum(x * x)
        result_dot = scale * np.sum(x_dot * x + x * x_dot)
    else:
        result = scale * np.sum(np.sin(x))
        result_dot = scale * np.sum(x_dot * np.cos(x))
    return result, result_dot
