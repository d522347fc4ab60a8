# s2s show tests/cases/inplace.py::setitem_row_recurrence --mode reverse --wrt 0,1
def setitem_row_recurrence_grad(W, h0, T):
    H = np.zeros((T + 1, np.shape(h0)[0]))
    H[0] = h0
    r = range(T)
    t8, t9, t10 = rows_for(r), rows_for(r), rows_for(r)
    for t in r:
        t1 = t + 1
        t2 = H[t]
        t3 = np.copy(t2)
        t4 = np.tanh(W @ t2)
        H[t1] = t4
        t8.append(t1)
        t9.append(t3)
        t10.append(t4)
    H_bar = H + H
    t5 = rowwise(np.power, stack_rows(t10), 2)
    t6 = rowwise(np.subtract, 1, t5, rows=1, overwrite=True)
    t11 = rows_for(r, reverse=True, into=t6)
    for t in reversed(r):
        t7 = t8[t]
        t4_bar = unsetitem(H_bar, t10[t], t7)
        H_bar[t7] = 0.0
        t12 = t4_bar * t6[t]
        H_bar = add_into(H_bar, t, matmul_vjp_rhs(t12, W, t9[t]))
        t11.append(t12)
    W_bar = matmul_vjp_lhs_sum(stack_rows(t11), W, stack_rows(t9[::-1]))
    h0_bar = unbroadcast(H_bar[0], h0)
    return W_bar, h0_bar
