# s2s show ../../tests/cases/calls.py::call_multiple_returns --wrt 0
def call_multiple_returns_grad(x):
    t1 = x[0]
    t2 = x[1:]
    t3 = np.sum(t2 ** 2)
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[1:], t1 * 2 * t2)
    x_bar = add_into(x_bar, 0, t3)
    return t1 * t3, x_bar
