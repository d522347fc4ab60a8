# s2s show ../../tests/cases/inplace.py::setitem_row_recurrence --mode forward --wrt 0,1
def setitem_row_recurrence_jvp(W, h0, T, W_dot, h0_dot):
    H = np.zeros((T + 1, np.shape(h0)[0]))
    H_dot = np.zeros_like(H)
    H[0] = h0
    H_dot[0] = h0_dot
    for t in range(T):
        t1 = t + 1
        t2 = H[t]
        t3 = np.tanh(W @ t2)
        t3_dot = (W_dot @ t2 + W @ H_dot[t]) * (1 - t3 ** 2)
        H[t1] = t3
        H_dot[t1] = t3_dot
    return np.sum(H * H), np.sum(H_dot * H + H * H_dot)
