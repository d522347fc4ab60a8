# s2s show ../../tests/cases/statements.py::all_but_last --mode reverse --wrt 0
def all_but_last_grad(x):
    init = x[0:-1]
    last = x[-1]
    t1 = np.array(init)
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, -1, np.sum(t1 ** 2))
    x_bar = add_into(x_bar, np.s_[0:-1], last * 2 * t1)
    return x_bar
