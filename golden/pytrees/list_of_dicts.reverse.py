# s2s show ../../tests/cases/pytrees.py::list_of_dicts --wrt 0
def list_of_dicts_grad(layers, x):
    r = range(len(layers))
    hs = rows_for(r, x)
    h, h_bar_all, h_bar_all1 = x, rows_for(r), rows_for(r)
    for i in r:
        layer = layers[i]
        t1 = layer['W']
        t2 = layer['b']
        h = np.tanh(h @ t1 + t2)
        h_bar_all.append(t1)
        h_bar_all1.append(t2)
        hs.append(h)
    layers_bar = zeros_like(layers)
    hs_rows = stack_rows(hs)
    t3 = rowwise(np.power, hs_rows[1:], 2)
    t4 = rowwise(np.subtract, 1, t3, rows=1, overwrite=True)
    h_bar = broadcast_like(1.0, h)
    for i1 in reversed(r):
        t5 = h_bar_all[i1]
        h = hs[i1]
        layer = layers[i1]
        t6 = h_bar * t4[i1]
        layer_bar = zeros_like(layer)
        layer_bar = add_into(layer_bar, 'b', unbroadcast(t6, h_bar_all1[i1]))
        h_bar = matmul_vjp_lhs(t6, h, t5)
        layer_bar = add_into(layer_bar, 'W', matmul_vjp_rhs(t6, h, t5))
        layers_bar = add_into(layers_bar, i1, layer_bar)
    return layers_bar
