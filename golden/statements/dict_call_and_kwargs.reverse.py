# s2s show ../../tests/cases/statements.py::dict_call_and_kwargs --mode reverse --wrt 0
def dict_call_and_kwargs_grad(x):
    t1 = np.sin(x)
    x_bar = (0.0 * np.sign(t1) + 4.0 * t1) * np.cos(x)
    x_bar = x_bar + 0.1 * np.sign(x)
    x_bar = x_bar + x
    return x_bar
