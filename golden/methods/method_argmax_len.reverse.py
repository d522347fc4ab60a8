# s2s show ../../tests/cases/methods.py::method_argmax_len --wrt 0
def method_argmax_len_grad(x):
    t1 = np.argmax(x)
    t2 = len(x)
    t3 = np.argmin(x)
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, t3, 1.0)
    x_bar = add_into(x_bar, t1, t2)
    return x[t1] * t2 + x[t3], x_bar
