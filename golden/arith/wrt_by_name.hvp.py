# s2s show ../../tests/cases/arith.py::wrt_by_name --mode hvp --wrt w,x
def wrt_by_name_hvp(w, x, w_dot, x_dot):
    t1 = np.tanh(w @ x)
    t2 = 1 - t1 ** 2
    t1_dot = (w_dot @ x + w @ x_dot) * t2
    t1_bar = 2.0 * t1
    t3 = t1_bar * t2
    t3_dot = 2.0 * t1_dot * t2 - t1_bar * (t1_dot * 2 * t1)
    w_bar_dot = matmul_vjp_lhs(t3_dot, w, x) + matmul_vjp_lhs(t3, w, x_dot)
    x_bar_dot = matmul_vjp_rhs(t3_dot, w, x) + matmul_vjp_rhs(t3, w_dot, x)
    return w_bar_dot, x_bar_dot
