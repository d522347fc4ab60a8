# s2s show ../../tests/cases/reductions.py::max_keepdims_logsumexp --wrt 0 --backend jax
def max_keepdims_logsumexp_grad(x):
    m = jnp.max(x, axis=1, keepdims=True)
    t1 = jnp.exp(x - m)
    t2 = jnp.sum(t1, axis=1, keepdims=True)
    t3 = jnp.log(t2)
    t4 = broadcast_like(1.0, m + t3)
    t5 = unbroadcast(t4, t3) / t2 * t1
    m_bar = unbroadcast(t4, m) - unbroadcast(t5, m)
    x_bar = t5 + unreduce_extremum(m_bar, x, m, axis=1, keepdims=True)
    return x_bar
