# s2s show ../../tests/cases/pytrees.py::list_of_dicts --mode hvp --wrt 0
def list_of_dicts_hvp(layers, x, layers_dot):
    r = range(len(layers))
    h_dot = zeros_like(x)
    hs = rows_for(r, x)
    h_dots = rows_for(r, h_dot)
    h, h_bar_all, h_bar_all1, t8 = x, rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        layer = layers[i]
        layer_dot = layers_dot[i]
        t1 = layer['W']
        t1_dot = layer_dot['W']
        t2 = layer['b']
        t9 = h_dot @ t1 + h @ t1_dot + layer_dot['b']
        h = np.tanh(h @ t1 + t2)
        h_dot = t9 * (1 - h ** 2)
        h_bar_all.append(t1)
        h_bar_all1.append(t2)
        hs.append(h)
        t8.append(t1_dot)
        h_dots.append(h_dot)
    h_bar = broadcast_like(1.0, h)
    hs_rows = stack_rows(hs)
    t3 = rowwise(np.power, hs_rows[1:], 2)
    h_dots_rows = stack_rows(h_dots)
    t4 = rowwise(np.multiply, h_dots_rows[1:], 2)
    t5 = rowwise(np.subtract, 1, t3, rows=1, overwrite=True)
    h_bar_dot, layers_bar_dot = zeros_like(h_bar), zeros_like(layers)
    for i1 in reversed(r):
        t6 = h_bar_all[i1]
        h = hs[i1]
        h_1 = hs[i1 + 1]
        layer = layers[i1]
        h_dot = h_dots[i1]
        t7 = t5[i1]
        t10 = h_bar * t7
        t10_dot = h_bar_dot * t7 - h_bar * (t4[i1] * h_1)
        layer_bar_dot = zeros_like(layer)
        layer_bar_dot = add_into(layer_bar_dot, 'b', unbroadcast(t10_dot, h_bar_all1[i1]))
        h_bar = matmul_vjp_lhs(t10, h, t6)
        h_bar_dot = matmul_vjp_lhs(t10_dot, h, t6) + matmul_vjp_lhs(t10, h, t8[i1])
        layer_bar_dot = add_into(layer_bar_dot, 'W', matmul_vjp_rhs(t10_dot, h, t6) + matmul_vjp_rhs(t10, h_dot, t6))
        layers_bar_dot = add_into(layers_bar_dot, i1, layer_bar_dot)
    return layers_bar_dot
