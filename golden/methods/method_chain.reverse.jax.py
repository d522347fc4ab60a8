# s2s show ../../tests/cases/methods.py::method_chain --wrt 0,1 --backend jax
def method_chain_grad(x, w):
    t1 = jnp.transpose(jnp.dot(x, w))
    t2 = jnp.sum(t1, axis=1)
    t3 = untranspose(broadcast_like(jnp.expand_dims(broadcast_like(1.0 / jnp.size(t2), t2), 1), t1))
    x_bar = dot_vjp_lhs(t3, x, w)
    w_bar = dot_vjp_rhs(t3, x, w)
    return x_bar, w_bar
