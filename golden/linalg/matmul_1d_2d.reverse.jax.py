# s2s show tests/cases/linalg.py::matmul_1d_2d --wrt 0,1 --backend jax
def matmul_1d_2d_grad(x, A):
    t1 = x @ A
    t1_bar = 2.0 * t1
    x_bar = matmul_vjp_lhs(t1_bar, x, A)
    A_bar = matmul_vjp_rhs(t1_bar, x, A)
    return jnp.sum(t1 ** 2), x_bar, A_bar
