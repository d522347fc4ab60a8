# s2s show ../../tests/cases/comprehensions.py::pairwise_potential --mode forward --wrt 0
def pairwise_potential_jvp(x, x_dot):
    n = np.shape(x)[0]
    r = range(n)
    terms, terms_dot = 0, 0.0
    for i in r:
        for j in r:
            if i < j:
                t1 = x[i] - x[j]
                terms_1 = terms + t1 ** 2
                terms_1_dot = terms_dot + (x_dot[i] - x_dot[j]) * 2 * t1
                terms, terms_dot = terms_1, terms_1_dot
    return terms, terms_dot
