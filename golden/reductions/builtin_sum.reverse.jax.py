# s2s show ../../tests/cases/reductions.py::builtin_sum --wrt 0 --backend jax
def builtin_sum_grad(x):
    x_bar = x + x
    return x_bar
