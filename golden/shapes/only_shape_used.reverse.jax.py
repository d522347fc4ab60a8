# s2s show ../../tests/cases/shapes.py::only_shape_used --wrt 0 --backend jax
def only_shape_used_grad(x):
    x_bar = zeros_like(x)
    return x_bar
