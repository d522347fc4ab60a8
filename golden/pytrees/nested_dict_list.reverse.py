# s2s show tests/cases/pytrees.py::nested_dict_list --wrt 0
def nested_dict_list_grad(p, x):
    tape = []
    t1 = p['layers']
    r = range(len(t1))
    h = x
    for i in r:
        t2 = t1[i]
        W, b = t2
        t3 = h @ W + b
        h_1 = np.maximum(t3, 0.0) + 0.1 * t3
        tape.append((t2, t3, W, h))
        h = h_1
    t4 = p['scale']
    t5 = h ** 2
    h_bar = t4 * 2 * h
    p_bar = zeros_like(p)
    p_bar = add_into(p_bar, 'scale', unbroadcast(t5, t4))
    h_bar, t1_bar = unbroadcast(h_bar, h), zeros_like(t1)
    for i1 in reversed(r):
        t2, t3, W, h = tape.pop()
        t3_bar = h_bar * 0.1 + h_bar * np.where(t3 == 0.0, 0.5, t3 > 0.0)
        h_bar = matmul_vjp_lhs(t3_bar, h, W)
        W_bar = matmul_vjp_rhs(t3_bar, h, W)
        t1_bar = add_into(t1_bar, i1, (W_bar, unbroadcast(t3_bar, t2[1])))
    p_bar = add_into(p_bar, 'layers', t1_bar)
    return np.sum(t4 * t5), p_bar
