# s2s show tests/cases/arith.py::wrt_by_name --mode hvp --wrt w,x
def wrt_by_name_hvp(w, x, w_dot, x_dot):
    t1 = np.tanh(w @ x)
    t2 = t1 ** 2
    t3 = 1 - t2
    t1_dot = (w_dot @ x + w @ x_dot) * t3
    t4 = unreduce(1.0, t2) * 2
    t1_bar = t4 * t1
    t5 = t1_bar * t3
    t5_dot = t4 * t1_dot * t3 + t1_bar * -(t1_dot * 2 * t1)
    w_bar_dot = matmul_vjp_lhs(t5_dot, w, x) + matmul_vjp_lhs(t5, w, x_dot)
    x_bar_dot = matmul_vjp_rhs(t5_dot, w, x) + matmul_vjp_rhs(t5, w_dot, x)
    return w_bar_dot, x_bar_dot
