# s2s show tests/cases/shapes.py::fancy_2d_labels --wrt 0 --backend jax
def fancy_2d_labels_grad(logits, labels):
    t1 = jnp.max(logits, axis=1, keepdims=True)
    z = logits - t1
    t2 = jnp.exp(z)
    t3 = jnp.sum(t2, axis=1, keepdims=True)
    logp = z - jnp.log(t3)
    t4 = jnp.arange(4)
    t5 = logp[t4, labels]
    logp_bar = jnp.zeros_like(logp)
    logp_bar = logp_bar.at[t4, labels].add(broadcast_like(-1.0 / jnp.size(t5), t5))
    z_bar = unbroadcast(logp_bar, z) + unreduce(-logp_bar / t3, t2, axis=1, keepdims=True) * t2
    logits_bar = unbroadcast(z_bar, logits) + unreduce_extremum(-z_bar, logits, t1, axis=1, keepdims=True)
    return -jnp.mean(t5), logits_bar
