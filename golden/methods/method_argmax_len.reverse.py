# s2s show ../../tests/cases/methods.py::method_argmax_len --wrt 0
def method_argmax_len_grad(x):
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.argmin(x), 1.0)
    x_bar = add_into(x_bar, np.argmax(x), len(x))
    return x_bar
