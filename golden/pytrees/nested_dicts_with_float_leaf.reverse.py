# s2s show ../../tests/cases/pytrees.py::nested_dicts_with_float_leaf --wrt 0
def nested_dicts_with_float_leaf_grad(p):
    t1 = p['enc']
    t2 = t1['w']
    t3 = t1['s']
    h = t2 * t3
    t4 = p['dec']
    r = range(len(t4))
    h_all = rows_for(r)
    t1_all = rows_for(r)
    for i in r:
        v = t4[i]
        t5 = h * v
        h_1 = np.sin(t5)
        t1_all.append(t5)
        h_all.append(h)
        h = h_1
    t6 = rowwise(np.cos, stack_rows(t1_all), overwrite=True)
    h_bar, t4_bar = broadcast_like(1.0, h), zeros_like(t4)
    for i1 in reversed(r):
        h = h_all[i1]
        v = t4[i1]
        t5_bar = h_bar * t6[i1]
        h_bar = t5_bar * v
        v_bar = t5_bar * h
        t4_bar = add_into(t4_bar, i1, unbroadcast(v_bar, v))
    p_bar = zeros_like(p)
    p_bar = add_into(p_bar, 'dec', t4_bar)
    t1_bar = zeros_like(t1)
    t1_bar = add_into(t1_bar, 's', unbroadcast(h_bar * t2, t3))
    t1_bar = add_into(t1_bar, 'w', unbroadcast(h_bar * t3, t2))
    p_bar = add_into(p_bar, 'enc', t1_bar)
    return p_bar
