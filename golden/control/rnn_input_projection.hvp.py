# s2s show ../../tests/cases/control.py::rnn_input_projection --mode hvp --wrt 0,1,2,3
def rnn_input_projection_hvp(h0, W, U, xs, h0_dot, W_dot, U_dot, xs_dot):
    r = range(len(xs))
    t1 = rowwise(np.matmul, U, xs, rows=1)
    t2 = rowwise(np.matmul, U_dot, xs, rows=1)
    t3 = rowwise(np.add, t1, 0.5, overwrite=True)
    hs = rows_for(r, h0)
    h_dots = rows_for(r, h0_dot)
    h, h_dot = h0, h0_dot
    for i in r:
        x_t_dot = xs_dot[i]
        t8 = W_dot @ h + W @ h_dot + (t2[i] + U @ x_t_dot)
        h = np.tanh(W @ h + t3[i])
        h_dot = t8 * (1 - h ** 2)
        hs.append(h)
        h_dots.append(h_dot)
    h_bar = h + h
    h_bar_dot = h_dot + h_dot
    hs_rows = stack_rows(hs)
    t4 = rowwise(np.power, hs_rows[1:], 2)
    h_dots_rows = stack_rows(h_dots)
    t5 = rowwise(np.multiply, h_dots_rows[1:], 2)
    t6 = rowwise(np.subtract, 1, t4, rows=1, overwrite=True)
    U_bar_dot, W_bar_dot, xs_bar_dot = zeros_like(U), zeros_like(W), zeros_like(xs)
    for i1 in reversed(r):
        h = hs[i1]
        h_1 = hs[i1 + 1]
        x_t = xs[i1]
        h_dot = h_dots[i1]
        x_t_dot = xs_dot[i1]
        t7 = t6[i1]
        t9 = h_bar * t7
        t9_dot = h_bar_dot * t7 - h_bar * (t5[i1] * h_1)
        U_bar_dot = U_bar_dot + (matmul_vjp_lhs(t9_dot, U, x_t) + matmul_vjp_lhs(t9, U, x_t_dot))
        x_t_bar_dot = matmul_vjp_rhs(t9_dot, U, x_t) + matmul_vjp_rhs(t9, U_dot, x_t)
        W_bar_dot = W_bar_dot + (matmul_vjp_lhs(t9_dot, W, h) + matmul_vjp_lhs(t9, W, h_dot))
        h_bar = matmul_vjp_rhs(t9, W, h)
        h_bar_dot = matmul_vjp_rhs(t9_dot, W, h) + matmul_vjp_rhs(t9, W_dot, h)
        xs_bar_dot = add_into(xs_bar_dot, i1, x_t_bar_dot)
    return h_bar_dot, W_bar_dot, U_bar_dot, xs_bar_dot
