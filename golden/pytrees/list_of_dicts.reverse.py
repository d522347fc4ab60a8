# s2s show tests/cases/pytrees.py::list_of_dicts --wrt 0
def list_of_dicts_grad(layers, x):
    tape = []
    r = range(len(layers))
    h = x
    for i in r:
        layer = layers[i]
        t1 = layer['W']
        t2 = layer['b']
        h_1 = np.tanh(h @ t1 + t2)
        tape.append((t1, t2, h, h_1, layer))
        h = h_1
    t3 = np.sum(h)
    layers_bar = zeros_like(layers)
    h_bar = broadcast_like(1.0, h)
    for i1 in reversed(r):
        t1, t2, h, h_1, layer = tape.pop()
        t4 = h_bar * (1 - h_1 ** 2)
        layer_bar = zeros_like(layer)
        layer_bar = add_into(layer_bar, 'b', unbroadcast(t4, t2))
        h_bar = matmul_vjp_lhs(t4, h, t1)
        layer_bar = add_into(layer_bar, 'W', matmul_vjp_rhs(t4, h, t1))
        layers_bar = add_into(layers_bar, i1, layer_bar)
    return t3, layers_bar
