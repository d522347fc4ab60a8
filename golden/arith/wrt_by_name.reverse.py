# s2s show ../../tests/cases/arith.py::wrt_by_name --wrt w,x
def wrt_by_name_grad(w, x):
    t1 = np.tanh(w @ x)
    t2 = 2.0 * t1 * (1 - t1 ** 2)
    w_bar = matmul_vjp_lhs(t2, w, x)
    x_bar = matmul_vjp_rhs(t2, w, x)
    return w_bar, x_bar
