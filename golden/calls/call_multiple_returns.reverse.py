# s2s show ../../tests/cases/calls.py::call_multiple_returns --wrt 0
def call_multiple_returns_grad(x):
    t1 = x[1:]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[1:], x[0] * 2 * t1)
    x_bar = add_into(x_bar, 0, np.sum(t1 ** 2))
    return x_bar
