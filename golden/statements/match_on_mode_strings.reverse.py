# s2s show ../../tests/cases/statements.py::match_on_mode_strings --mode reverse --wrt 0
def match_on_mode_strings_grad(x):
    result = np.tanh(x)
    t1 = np.exp(x)
    result_1 = np.log1p(t1)
    x_bar = result_1 + x / (1 + t1) * t1
    x_bar = x_bar + (1 - result ** 2)
    return x_bar
