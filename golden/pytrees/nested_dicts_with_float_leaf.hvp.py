# s2s show ../../tests/cases/pytrees.py::nested_dicts_with_float_leaf --mode hvp --wrt 0
def nested_dicts_with_float_leaf_hvp(p, p_dot):
    t1 = p['enc']
    t1_dot = p_dot['enc']
    t2 = t1['w']
    t2_dot = t1_dot['w']
    t3 = t1['s']
    t3_dot = t1_dot['s']
    h = t2 * t3
    h_dot = t2_dot * t3 + t2 * t3_dot
    t4 = p['dec']
    t4_dot = p_dot['dec']
    r = range(len(t4))
    h_all = rows_for(r)
    h_dot_all = rows_for(r)
    t1_all, t11 = rows_for(r), rows_for(r)
    for i in r:
        v = t4[i]
        v_dot = t4_dot[i]
        t5 = h * v
        t5_dot = h_dot * v + h * v_dot
        h_1 = np.sin(t5)
        h_1_dot = t5_dot * np.cos(t5)
        t1_all.append(t5)
        h_all.append(h)
        t11.append(t5_dot)
        h_dot_all.append(h_dot)
        h, h_dot = h_1, h_1_dot
    h_bar = broadcast_like(1.0, h)
    t_all_rows = stack_rows(t1_all)
    t7 = rowwise(np.cos, t_all_rows)
    t8 = rowwise(np.sin, t_all_rows)
    h_bar_dot, t6 = zeros_like(h_bar), zeros_like(t4)
    for i1 in reversed(r):
        h = h_all[i1]
        v = t4[i1]
        h_dot = h_dot_all[i1]
        v_dot = t4_dot[i1]
        t9 = t7[i1]
        t5_bar = h_bar * t9
        t5_bar_dot = h_bar_dot * t9 - h_bar * (t11[i1] * t8[i1])
        h_bar = t5_bar * v
        h_bar_dot = t5_bar_dot * v + t5_bar * v_dot
        v_bar_dot = t5_bar_dot * h + t5_bar * h_dot
        t6 = add_into(t6, i1, unbroadcast(v_bar_dot, v))
    p_bar_dot = zeros_like(p)
    p_bar_dot = add_into(p_bar_dot, 'dec', t6)
    t10 = zeros_like(t1)
    t10 = add_into(t10, 's', unbroadcast(h_bar_dot * t2 + h_bar * t2_dot, t3))
    t10 = add_into(t10, 'w', unbroadcast(h_bar_dot * t3 + h_bar * t3_dot, t2))
    p_bar_dot = add_into(p_bar_dot, 'enc', t10)
    return p_bar_dot
