# s2s show ../../tests/cases/pytrees.py::nested_dict_list --wrt 0
def nested_dict_list_grad(p, x):
    t1 = p['layers']
    r = range(len(t1))
    W_all = rows_for(r)
    h_all = rows_for(r)
    h, t1_all = x, rows_for(r)
    for i in r:
        W, b = t1[i]
        t2 = h @ W + b
        h_1 = np.maximum(t2, 0.0) + 0.1 * t2
        t1_all.append(t2)
        W_all.append(W)
        h_all.append(h)
        h = h_1
    t3 = p['scale']
    h_bar = t3 * 2 * h
    p_bar = zeros_like(p)
    p_bar = add_into(p_bar, 'scale', unbroadcast(h ** 2, t3))
    h_bar, t1_bar = unbroadcast(h_bar, h), zeros_like(t1)
    for i1 in reversed(r):
        t4 = t1_all[i1]
        W = W_all[i1]
        h = h_all[i1]
        t2_bar = h_bar * 0.1 + h_bar * np.where(t4 == 0.0, 0.5, t4 > 0.0)
        h_bar = matmul_vjp_lhs(t2_bar, h, W)
        W_bar = matmul_vjp_rhs(t2_bar, h, W)
        t1_bar = add_into(t1_bar, i1, (W_bar, unbroadcast(t2_bar, t1[i1][1])))
    p_bar = add_into(p_bar, 'layers', t1_bar)
    return p_bar
