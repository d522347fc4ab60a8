# s2s show tests/cases/statements.py::keyword_only_scale --mode forward --wrt 0,1
def keyword_only_scale_jvp(x, scale, power, x_dot, scale_dot):
    t1 = np.sum(x ** power)
    t2 = scale_dot * t1 + scale * np.sum(x_dot * power * x ** (power - 1))
    return scale * t1, t2
