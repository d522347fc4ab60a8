# s2s show ../../tests/cases/reductions.py::builtin_sum --mode forward --wrt 0
def builtin_sum_jvp(x, x_dot):
    return sum(x * x), sum(x_dot * x + x * x_dot)
