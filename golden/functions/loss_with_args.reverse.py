# s2s show ../../tests/cases/functions.py::loss_with_args --mode reverse --wrt 0,1
def loss_with_args_grad(x, y):
    terms = x, y, x * y
    terms_bar = zeros_like(terms)
    for i in reversed(range(len(terms))):
        t = terms[i]
        t_bar = 2.0 * t
        terms_bar = add_into(terms_bar, i, t_bar)
    x_bar = terms_bar[0]
    y_bar = terms_bar[1]
    t1 = terms_bar[2]
    x_bar = x_bar + unbroadcast(t1 * y, x)
    y_bar = y_bar + unbroadcast(t1 * x, y)
    return x_bar, y_bar
