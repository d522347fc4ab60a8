# s2s show tests/cases/pytrees.py::nested_dicts_with_float_leaf --mode hvp --wrt 0
def nested_dicts_with_float_leaf_hvp(p, p_dot):
    tape = []
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
    for i in r:
        v = t4[i]
        v_dot = t4_dot[i]
        t5 = h * v
        t5_dot = h_dot * v + h * v_dot
        h_1 = np.sin(t5)
        h_1_dot = t5_dot * np.cos(t5)
        tape.append((t5, h, v, t5_dot, h_dot, v_dot))
        h, h_dot = h_1, h_1_dot
    h_bar = broadcast_like(1.0, h)
    h_bar_dot, t6 = zeros_like(h_bar), zeros_like(t4)
    for i1 in reversed(r):
        t5, h, v, t5_dot, h_dot, v_dot = tape.pop()
        t7 = np.cos(t5)
        t5_bar = h_bar * t7
        t5_bar_dot = h_bar_dot * t7 - h_bar * (t5_dot * np.sin(t5))
        h_bar = t5_bar * v
        h_bar_dot = t5_bar_dot * v + t5_bar * v_dot
        v_bar_dot = t5_bar_dot * h + t5_bar * h_dot
        t6 = add_into(t6, i1, unbroadcast(v_bar_dot, v))
    p_bar_dot = zeros_like(p)
    p_bar_dot = add_into(p_bar_dot, 'dec', t6)
    t8 = zeros_like(t1)
    t8 = add_into(t8, 's', unbroadcast(h_bar_dot * t2 + h_bar * t2_dot, t3))
    t8 = add_into(t8, 'w', unbroadcast(h_bar_dot * t3 + h_bar * t3_dot, t2))
    p_bar_dot = add_into(p_bar_dot, 'enc', t8)
    return p_bar_dot
