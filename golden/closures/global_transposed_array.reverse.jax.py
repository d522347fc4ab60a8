# s2s show ../../tests/cases/closures.py::global_transposed_array --wrt 0 --backend jax
def global_transposed_array_grad(x):
    x_bar = unbroadcast(W_FIXED, x) + matmul_vjp_rhs(1.0, jnp.transpose(W_FIXED), x)
    return x_bar
