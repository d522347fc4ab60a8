# s2s show ../../tests/cases/statements.py::mode_strings --mode reverse --wrt 0
def mode_strings_grad(x):
    result = np.tanh(x)
    t1 = np.exp(x)
    x_bar = 1.0 + t1 / (1 + t1)
    x_bar = x_bar + (1 - result ** 2)
    return x_bar
