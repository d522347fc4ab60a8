# s2s show ../../tests/cases/reductions.py::sum_axis1_keepdims --wrt 0 --backend jax
def sum_axis1_keepdims_grad(x):
    t1 = jnp.sum(x * x, axis=1, keepdims=True)
    t2 = 1.0 + t1
    x_bar = 1.0 / t2
    t3 = unbroadcast(-(x / t2) / t2, t1) * x
    x_bar = unbroadcast(x_bar, x) + t3
    x_bar = x_bar + t3
    return x_bar
