# s2s show ../../tests/cases/functions.py::loss_with_args --mode forward --wrt 0,1
def loss_with_args_jvp(x, y, x_dot, y_dot):
    terms = x, y, x * y
    t1 = x_dot, y_dot, x_dot * y + x * y_dot
    terms2, terms2_dot = 0, 0.0
    for i in range(len(terms)):
        t = terms[i]
        t_dot = t1[i]
        terms2 = terms2 + np.sum(t ** 2)
        terms2_dot = terms2_dot + np.sum(t_dot * 2 * t)
    return terms2, terms2_dot
