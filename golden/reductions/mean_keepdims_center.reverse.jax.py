# s2s show ../../tests/cases/reductions.py::mean_keepdims_center --wrt 0 --backend jax
def mean_keepdims_center_grad(x):
    t1 = jnp.mean(x, axis=1, keepdims=True)
    xc = x - t1
    t2 = jnp.size(x)
    xc_bar = 2 / t2 * xc
    x_bar = xc_bar + -unbroadcast(xc_bar, t1) / (t2 / jnp.size(t1))
    return x_bar
