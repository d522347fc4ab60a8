# s2s show tests/cases/pytrees.py::list_of_dicts --mode hvp --wrt 0
def list_of_dicts_hvp(layers, x, layers_dot):
    tape = []
    r = range(len(layers))
    h, h_dot = x, zeros_like(x)
    for i in r:
        layer = layers[i]
        layer_dot = layers_dot[i]
        t1 = layer['W']
        t1_dot = layer_dot['W']
        t2 = layer['b']
        t2_dot = layer_dot['b']
        h_1 = np.tanh(h @ t1 + t2)
        h_1_dot = (h_dot @ t1 + h @ t1_dot + t2_dot) * (1 - h_1 ** 2)
        tape.append((t1, t2, h, h_1, layer, t1_dot, t2_dot, h_dot, h_1_dot, layer_dot))
        h, h_dot = h_1, h_1_dot
    h_bar = broadcast_like(1.0, h)
    h_bar_dot, layers_bar_dot = zeros_like(h_bar), zeros_like(layers)
    for i1 in reversed(r):
        t1, t2, h, h_1, layer, t1_dot, t2_dot, h_dot, h_1_dot, layer_dot = tape.pop()
        t3 = 1 - h_1 ** 2
        t4 = h_bar * t3
        t4_dot = h_bar_dot * t3 - h_bar * (h_1_dot * 2 * h_1)
        layer_bar_dot = zeros_like(layer)
        layer_bar_dot = add_into(layer_bar_dot, 'b', unbroadcast(t4_dot, t2))
        h_bar = matmul_vjp_lhs(t4, h, t1)
        h_bar_dot = matmul_vjp_lhs(t4_dot, h, t1) + matmul_vjp_lhs(t4, h, t1_dot)
        layer_bar_dot = add_into(layer_bar_dot, 'W', matmul_vjp_rhs(t4_dot, h, t1) + matmul_vjp_rhs(t4, h_dot, t1))
        layers_bar_dot = add_into(layers_bar_dot, i1, layer_bar_dot)
    return layers_bar_dot
