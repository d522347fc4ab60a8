# s2s show ../../tests/cases/reductions.py::max_without_keepdims_broadcast --mode reverse --wrt 0,1 --backend jax
def max_without_keepdims_broadcast_grad(x, w):
    t1 = jnp.max(x)
    t2 = jnp.exp(x - t1)
    t3 = w * t2
    x_bar = unbroadcast(t3, x) + unreduce_extremum(-t3, x, t1)
    w_bar = unbroadcast(t2, w)
    return x_bar, w_bar
