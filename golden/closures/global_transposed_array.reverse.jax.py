# s2s show tests/cases/closures.py::global_transposed_array --wrt 0 --backend jax
def global_transposed_array_grad(x):
    t1 = jnp.transpose(W_FIXED)
    t2 = x * W_FIXED_1
    x_bar = broadcast_like(1.0, t2) * W_FIXED_2
    x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(1.0, t1, x)
    return jnp.sum(t1 @ x) + jnp.sum(t2), x_bar
