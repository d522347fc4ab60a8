# s2s show tests/cases/reductions.py::max_without_keepdims_broadcast --mode reverse --wrt 0,1 --backend jax
def max_without_keepdims_broadcast_grad(x, w):
    t1 = jnp.max(x)
    t2 = jnp.exp(x - t1)
    t3 = t2 * w
    t4 = broadcast_like(1.0, t3)
    w_bar = t4 * t2
    t5 = t4 * w * t2
    x_bar = unbroadcast(t5, x) + unreduce_extremum(-t5, x, t1)
    w_bar = unbroadcast(w_bar, w)
    return jnp.sum(t3), x_bar, w_bar
