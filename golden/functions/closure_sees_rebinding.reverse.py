# s2s show ../../tests/cases/functions.py::closure_sees_rebinding --mode reverse --wrt 0
def closure_sees_rebinding_grad(x):
    x_bar = x * 18.0
    return x_bar
