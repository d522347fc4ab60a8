# s2s show ../../tests/cases/reductions.py::prod_all --wrt 0 --backend jax
def prod_all_grad(x):
    x_bar = unprod(1.0, x)
    return x_bar
