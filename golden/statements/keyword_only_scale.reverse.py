# s2s show ../../tests/cases/statements.py::keyword_only_scale --mode reverse --wrt 0,1
def keyword_only_scale_grad(x, scale, power=3):
    x_bar = scale * power * x ** np.where(power == 0, 0, power - 1)
    x_bar = unbroadcast(x_bar, x)
    return x_bar, np.sum(x ** power)
