# s2s show tests/cases/inplace.py::setitem_row_recurrence --mode hvp --wrt 0,1
def setitem_row_recurrence_hvp(W, h0, T, W_dot, h0_dot):
    H = np.zeros((T + 1, np.shape(h0)[0]))
    t1 = np.zeros_like(H)
    H[0] = h0
    H_dot = t1.copy()
    H_dot[0] = h0_dot
    r = range(T)
    t13, t14, t15, t16, t17 = rows_for(r), rows_for(r), rows_for(r), rows_for(r), rows_for(r)
    for t in r:
        t2 = t + 1
        t3 = H[t]
        t4 = np.copy(t3)
        t3_dot = H_dot[t]
        t5 = np.tanh(W @ t3)
        t5_dot = (W_dot @ t3 + W @ t3_dot) * (1 - t5 ** 2)
        H[t2] = t5
        H_dot = H_dot.copy()
        H_dot[t2] = t5_dot
        t13.append(t2)
        t14.append(t4)
        t15.append(t5)
        t16.append(t3_dot)
        t17.append(t5_dot)
    H_bar = H + H
    H_bar_dot = H_dot + H_dot
    t6 = rowwise(np.power, stack_rows(t15), 2)
    t7 = rowwise(np.multiply, stack_rows(t17), 2, overwrite=True)
    t8 = rowwise(np.subtract, 1, t6, rows=1, overwrite=True)
    W_bar_dot = zeros_like(W)
    for t in reversed(r):
        t9 = t13[t]
        t10 = t14[t]
        t11 = t15[t]
        t5_bar = unsetitem(H_bar, t11, t9)
        t5_bar_dot = unsetitem(H_bar_dot, t11, t9)
        H_bar[t9] = 0.0
        H_bar_dot[t9] = 0.0
        t12 = t8[t]
        t18 = t5_bar * t12
        t18_dot = t5_bar_dot * t12 - t5_bar * (t7[t] * t11)
        W_bar_dot = W_bar_dot + (matmul_vjp_lhs(t18_dot, W, t10) + matmul_vjp_lhs(t18, W, t16[t]))
        H_bar = add_into(H_bar, t, matmul_vjp_rhs(t18, W, t10))
        H_bar_dot = add_into(H_bar_dot, t, matmul_vjp_rhs(t18_dot, W, t10) + matmul_vjp_rhs(t18, W_dot, t10))
    h0_bar_dot = unbroadcast(H_bar_dot[0], h0)
    return W_bar_dot, h0_bar_dot
