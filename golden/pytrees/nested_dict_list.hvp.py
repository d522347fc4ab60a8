# s2s show tests/cases/pytrees.py::nested_dict_list --mode hvp --wrt 0
def nested_dict_list_hvp(p, x, p_dot):
    tape = []
    t1 = p['layers']
    t1_dot = p_dot['layers']
    r = range(len(t1))
    h, h_dot = x, zeros_like(x)
    for i in r:
        t2 = t1[i]
        t2_dot = t1_dot[i]
        W, b = t2
        W_dot, b_dot = t2_dot
        t3 = h @ W + b
        t3_dot = h_dot @ W + h @ W_dot + b_dot
        h_1 = np.maximum(t3, 0.0) + 0.1 * t3
        h_1_dot = np.where(t3 == 0.0, t3_dot / 2, np.where(t3 > 0.0, t3_dot, 0.0)) + 0.1 * t3_dot
        tape.append((t2, t3, W, h, t2_dot, t3_dot, W_dot, h_dot))
        h, h_dot = h_1, h_1_dot
    t4 = p['scale']
    t5 = t4 * 2
    h_bar = t5 * h
    h_bar_dot = p_dot['scale'] * 2 * h + t5 * h_dot
    p_bar_dot = zeros_like(p)
    p_bar_dot = add_into(p_bar_dot, 'scale', unbroadcast(h_dot * 2 * h, t4))
    h_bar, h_bar_dot, t6 = unbroadcast(h_bar, h), unbroadcast(h_bar_dot, h), zeros_like(t1)
    for i1 in reversed(r):
        t2, t3, W, h, t2_dot, t3_dot, W_dot, h_dot = tape.pop()
        t7 = np.where(t3 == 0.0, 0.5, t3 > 0.0)
        t3_bar = h_bar * 0.1 + h_bar * t7
        t3_bar_dot = h_bar_dot * 0.1 + h_bar_dot * t7
        h_bar = matmul_vjp_lhs(t3_bar, h, W)
        h_bar_dot = matmul_vjp_lhs(t3_bar_dot, h, W) + matmul_vjp_lhs(t3_bar, h, W_dot)
        W_bar_dot = matmul_vjp_rhs(t3_bar_dot, h, W) + matmul_vjp_rhs(t3_bar, h_dot, W)
        t6 = add_into(t6, i1, (W_bar_dot, unbroadcast(t3_bar_dot, t2[1])))
    p_bar_dot = add_into(p_bar_dot, 'layers', t6)
    return p_bar_dot
