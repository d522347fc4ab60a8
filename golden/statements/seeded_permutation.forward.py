# s2s show ../../tests/cases/statements.py::seeded_permutation --mode forward --wrt 0
def seeded_permutation_jvp(x, x_dot):
    rng = np.random.default_rng(7)
    order = np.random.Generator.permutation(rng, np.shape(x)[0])
    t1 = np.arange(4.0) ** 2
    return np.sum(x[order] * t1), np.sum(x_dot[order] * t1)
