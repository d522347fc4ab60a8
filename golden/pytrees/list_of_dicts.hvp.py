# s2s show tests/cases/pytrees.py::list_of_dicts --mode hvp --wrt 0
def list_of_dicts_hvp(layers, x, layers_dot):
    r = range(len(layers))
    h_all = []
    h_all_1 = []
    h_dot_all = []
    h_dot_all_1 = []
    h, h_dot, h_bar_all, h_bar_all1, t8 = x, zeros_like(x), [], [], []
    for i in r:
        layer = layers[i]
        layer_dot = layers_dot[i]
        t1 = layer['W']
        t1_dot = layer_dot['W']
        t2 = layer['b']
        h_1 = np.tanh(h @ t1 + t2)
        h_1_dot = (h_dot @ t1 + h @ t1_dot + layer_dot['b']) * (1 - h_1 ** 2)
        h_bar_all.append(t1)
        h_bar_all1.append(t2)
        h_all.append(h)
        h_all_1.append(h_1)
        t8.append(t1_dot)
        h_dot_all.append(h_dot)
        h_dot_all_1.append(h_1_dot)
        h, h_dot = h_1, h_1_dot
    h_bar = broadcast_like(1.0, h)
    h_all_rows = stack_rows(h_all_1)
    t3 = rowwise(np.power, h_all_rows, 2)
    h_dot_all_rows = stack_rows(h_dot_all_1)
    t4 = rowwise(np.multiply, h_dot_all_rows, 2)
    t5 = rowwise(np.subtract, 1, t3, rows=1)
    h_bar_dot, layers_bar_dot = zeros_like(h_bar), zeros_like(layers)
    for i1 in reversed(r):
        t6 = h_bar_all[i1]
        h = h_all[i1]
        h_1 = h_all_1[i1]
        layer = layers[i1]
        h_dot = h_dot_all[i1]
        t7 = t5[i1]
        t9 = h_bar * t7
        t9_dot = h_bar_dot * t7 - h_bar * (t4[i1] * h_1)
        layer_bar_dot = zeros_like(layer)
        layer_bar_dot = add_into(layer_bar_dot, 'b', unbroadcast(t9_dot, h_bar_all1[i1]))
        h_bar = matmul_vjp_lhs(t9, h, t6)
        h_bar_dot = matmul_vjp_lhs(t9_dot, h, t6) + matmul_vjp_lhs(t9, h, t8[i1])
        layer_bar_dot = add_into(layer_bar_dot, 'W', matmul_vjp_rhs(t9_dot, h, t6) + matmul_vjp_rhs(t9, h_dot, t6))
        layers_bar_dot = add_into(layers_bar_dot, i1, layer_bar_dot)
    return layers_bar_dot
