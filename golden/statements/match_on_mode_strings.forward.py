# s2s show ../../tests/cases/statements.py::match_on_mode_strings --mode forward --wrt 0
def match_on_mode_strings_jvp(x, x_dot):
    result = np.tanh(x)
    result_dot = x_dot * (1 - result ** 2)
    t1 = np.exp(x)
    result_1 = np.log1p(t1)
    result_1_dot = x_dot * t1 / (1 + t1)
    return np.sum(result + result_1 * x), np.sum(result_dot + (result_1_dot * x + result_1 * x_dot))
