# s2s show ../../tests/cases/calls.py::call_keyword_only --mode forward --wrt 0
def call_keyword_only_jvp(x, x_dot):
    t1 = x * 0.5
    return np.sum(x * 2.0 + t1 ** 2), np.sum(x_dot * 2.0 + x_dot * t1)
