# s2s show ../../tests/cases/reductions.py::prod_with_zero --wrt 0 --backend jax
def prod_with_zero_grad(x):
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[:, 1], unprod(1.0, x[:, 1]))
    x_bar = x_bar + unprod(1.0, x, axis=1)
    return x_bar
