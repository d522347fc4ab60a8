# s2s show ../../tests/cases/calls.py::call_keyword_only --mode hvp --wrt 0
def call_keyword_only_hvp(x, x_dot):
    return x_dot * 0.5
