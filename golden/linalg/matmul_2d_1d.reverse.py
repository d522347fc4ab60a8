# s2s show tests/cases/linalg.py::matmul_2d_1d --wrt 0,1
def matmul_2d_1d_grad(A, x):
    t1 = A @ x
    t2 = np.sin(t1)
    t1_bar = unreduce(1.0, t2) * np.cos(t1)
    A_bar = matmul_vjp_lhs(t1_bar, A, x)
    x_bar = matmul_vjp_rhs(t1_bar, A, x)
    return np.sum(t2), A_bar, x_bar
