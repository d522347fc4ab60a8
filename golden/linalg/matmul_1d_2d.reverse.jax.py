# s2s show ../../tests/cases/linalg.py::matmul_1d_2d --wrt 0,1 --backend jax
def matmul_1d_2d_grad(x, A):
    t1 = 2.0 * (x @ A)
    x_bar = matmul_vjp_lhs(t1, x, A)
    A_bar = matmul_vjp_rhs(t1, x, A)
    return x_bar, A_bar
