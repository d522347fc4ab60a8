# s2s show ../../tests/cases/inplace.py::setitem_row_recurrence --mode reverse --wrt 0,1
def setitem_row_recurrence_grad(W, h0, T):
    H = np.zeros((T + 1, np.shape(h0)[0]))
    H[0] = h0
    r = range(T)
    t6, t7 = rows_for(r), rows_for(r)
    for t in r:
        t1 = t + 1
        t2 = np.tanh(W @ H[t])
        H[t1] = t2
        t6.append(t1)
        t7.append(t2)
    H_bar = H + H
    t3 = rowwise(np.power, stack_rows(t7), 2)
    t4 = rowwise(np.subtract, 1, t3, rows=1, overwrite=True)
    t8 = rows_for(r, reverse=True, into=t4)
    for t in reversed(r):
        t5 = t6[t]
        t2_bar = unsetitem(H_bar, t7[t], t5)
        H_bar[t5] = 0.0
        t9 = t2_bar * t4[t]
        H_bar = add_into(H_bar, t, matmul_vjp_rhs(t9, W, H[t]))
        t8.append(t9)
    W_bar = matmul_vjp_lhs_sum(stack_rows(t8), W, stack_rows(H[:T][::-1]))
    h0_bar = unbroadcast(H_bar[0], h0)
    return W_bar, h0_bar
