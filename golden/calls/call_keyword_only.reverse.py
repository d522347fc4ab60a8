# s2s show ../../tests/cases/calls.py::call_keyword_only --wrt 0
def call_keyword_only_grad(x):
    x_bar = x * 0.5 + 2.0
    return x_bar
