# s2s show ../../tests/cases/statements.py::seeded_permutation --mode reverse --wrt 0
def seeded_permutation_grad(x):
    rng = np.random.default_rng(7)
    order = np.random.Generator.permutation(rng, np.shape(x)[0])
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, order, unbroadcast(np.arange(4.0) ** 2, x[order]))
    return x_bar
