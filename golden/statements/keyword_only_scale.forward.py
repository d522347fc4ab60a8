# s2s show ../../tests/cases/statements.py::keyword_only_scale --mode forward --wrt 0,1
def keyword_only_scale_jvp(x, scale, power, x_dot, scale_dot):
    t1 = np.sum(x ** power)
    t1_dot = np.sum(x_dot * power * x ** np.where(power == 0, 0, power - 1))
    return scale * t1, scale_dot * t1 + scale * t1_dot
