# s2s show ../../tests/cases/pytrees.py::nested_dict_list --mode hvp --wrt 0
def nested_dict_list_hvp(p, x, p_dot):
    t1 = p['layers']
    t1_dot = p_dot['layers']
    r = range(len(t1))
    W_all = rows_for(r)
    h_all = rows_for(r)
    W_dot_all = rows_for(r)
    h_dot_all = rows_for(r)
    h, h_dot, t1_all = x, zeros_like(x), rows_for(r)
    for i in r:
        W, b = t1[i]
        W_dot, b_dot = t1_dot[i]
        t2 = h @ W + b
        t2_dot = h_dot @ W + h @ W_dot + b_dot
        h_1 = np.maximum(t2, 0.0) + 0.1 * t2
        h_1_dot = np.where(t2 == 0.0, t2_dot / 2, np.where(t2 > 0.0, t2_dot, 0.0)) + 0.1 * t2_dot
        t1_all.append(t2)
        W_all.append(W)
        h_all.append(h)
        W_dot_all.append(W_dot)
        h_dot_all.append(h_dot)
        h, h_dot = h_1, h_1_dot
    t3 = p['scale']
    t4 = t3 * 2
    h_bar = t4 * h
    h_bar_dot = p_dot['scale'] * 2 * h + t4 * h_dot
    p_bar_dot = zeros_like(p)
    p_bar_dot = add_into(p_bar_dot, 'scale', unbroadcast(h_dot * 2 * h, t3))
    h_bar, h_bar_dot, t5 = unbroadcast(h_bar, h), unbroadcast(h_bar_dot, h), zeros_like(t1)
    for i1 in reversed(r):
        t6 = t1_all[i1]
        W = W_all[i1]
        h = h_all[i1]
        W_dot = W_dot_all[i1]
        h_dot = h_dot_all[i1]
        t7 = np.where(t6 == 0.0, 0.5, t6 > 0.0)
        t2_bar = h_bar * 0.1 + h_bar * t7
        t2_bar_dot = h_bar_dot * 0.1 + h_bar_dot * t7
        h_bar = matmul_vjp_lhs(t2_bar, h, W)
        h_bar_dot = matmul_vjp_lhs(t2_bar_dot, h, W) + matmul_vjp_lhs(t2_bar, h, W_dot)
        W_bar_dot = matmul_vjp_rhs(t2_bar_dot, h, W) + matmul_vjp_rhs(t2_bar, h_dot, W)
        t5 = add_into(t5, i1, (W_bar_dot, unbroadcast(t2_bar_dot, t1[i1][1])))
    p_bar_dot = add_into(p_bar_dot, 'layers', t5)
    return p_bar_dot
