# s2s show ../../tests/cases/classes.py::layers_in_a_list --mode reverse --wrt 0,1
def layers_in_a_list_grad(W, V, x):
    t1 = np.tanh(W @ x)
    t2 = V @ t1
    t2_bar = 2.0 * np.sin(t2) * np.cos(t2)
    V_bar = matmul_vjp_lhs(t2_bar, V, t1)
    W_bar = matmul_vjp_lhs(matmul_vjp_rhs(t2_bar, V, t1) * (1 - t1 ** 2), W, x)
    return W_bar, V_bar
