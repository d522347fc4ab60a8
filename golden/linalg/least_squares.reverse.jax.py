# s2s show ../../tests/cases/linalg.py::least_squares --wrt 0,1 --backend jax
def least_squares_grad(A, w, b):
    r = A @ w - b
    r_bar = matmul_vjp_lhs(0.5, r, r)
    r_bar = r_bar + matmul_vjp_rhs(0.5, r, r)
    A_bar = matmul_vjp_lhs(r_bar, A, w)
    w_bar = matmul_vjp_rhs(r_bar, A, w)
    return A_bar, w_bar
