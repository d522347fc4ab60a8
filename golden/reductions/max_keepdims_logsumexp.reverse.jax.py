# s2s show tests/cases/reductions.py::max_keepdims_logsumexp --wrt 0 --backend jax
def max_keepdims_logsumexp_grad(x):
    m = jnp.max(x, axis=1, keepdims=True)
    t1 = jnp.exp(x - m)
    t2 = jnp.sum(t1, axis=1, keepdims=True)
    t3 = m + jnp.log(t2)
    t4 = broadcast_like(1.0, t3)
    t5 = unreduce(t4 / t2, t1, axis=1, keepdims=True) * t1
    m_bar = unbroadcast(t4, m) + unbroadcast(-t5, m)
    x_bar = unbroadcast(t5, x) + unreduce_extremum(m_bar, x, m, axis=1, keepdims=True)
    return jnp.sum(t3), x_bar
