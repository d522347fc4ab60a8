# s2s show tests/cases/statements.py::keyword_only_scale --mode reverse --wrt 0,1
def keyword_only_scale_grad(x, scale, power=3):
    t1 = np.sum(x ** power)
    x_bar = scale * power * x ** (power - 1)
    x_bar = unbroadcast(x_bar, x)
    return scale * t1, x_bar, t1
