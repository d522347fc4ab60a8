# s2s show ../../tests/cases/inplace.py::setitem_row_recurrence --mode hvp --wrt 0,1
def setitem_row_recurrence_hvp(W, h0, T, W_dot, h0_dot):
    H = np.zeros((T + 1, np.shape(h0)[0]))
    H_dot = np.zeros_like(H)
    H[0] = h0
    H_dot[0] = h0_dot
    r = range(T)
    t11, t12, t13 = rows_for(r), rows_for(r), rows_for(r)
    for t in r:
        t1 = t + 1
        t2 = H[t]
        t3 = np.tanh(W @ t2)
        t3_dot = (W_dot @ t2 + W @ H_dot[t]) * (1 - t3 ** 2)
        H[t1] = t3
        H_dot[t1] = t3_dot
        t11.append(t1)
        t12.append(t3)
        t13.append(t3_dot)
    H_bar = H + H
    H_bar_dot = H_dot + H_dot
    t4 = rowwise(np.power, stack_rows(t12), 2)
    t5 = rowwise(np.multiply, stack_rows(t13), 2, overwrite=True)
    t6 = rowwise(np.subtract, 1, t4, rows=1, overwrite=True)
    W_bar_dot = zeros_like(W)
    for t in reversed(r):
        t7 = t11[t]
        t8 = t12[t]
        t9 = H[t]
        t3_bar = unsetitem(H_bar, t8, t7)
        t3_bar_dot = unsetitem(H_bar_dot, t8, t7)
        H_bar[t7] = 0.0
        H_bar_dot[t7] = 0.0
        t10 = t6[t]
        t14 = t3_bar * t10
        t14_dot = t3_bar_dot * t10 - t3_bar * (t5[t] * t8)
        W_bar_dot = W_bar_dot + (matmul_vjp_lhs(t14_dot, W, t9) + matmul_vjp_lhs(t14, W, H_dot[t]))
        H_bar = add_into(H_bar, t, matmul_vjp_rhs(t14, W, t9))
        H_bar_dot = add_into(H_bar_dot, t, matmul_vjp_rhs(t14_dot, W, t9) + matmul_vjp_rhs(t14, W_dot, t9))
    h0_bar_dot = unbroadcast(H_bar_dot[0], h0)
    return W_bar_dot, h0_bar_dot
