# s2s show ../../tests/cases/calls.py::call_with_kwargs --wrt 0 --backend jax
def call_with_kwargs_grad(x):
    x_bar = 0.5 + 3.0 * x
    x_bar = x_bar + (x + 1.0) * 3.0
    return x_bar
