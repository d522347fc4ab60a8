# s2s show ../../tests/cases/pytrees.py::list_of_dicts --wrt 0 --backend jax
def list_of_dicts_grad(layers, x):
    r = range(len(layers))
    h = x

    def for_body(carry, i):
        h, = carry
        layer = layers[i]
        t1 = layer['W']
        t2 = layer['b']
        h_1 = jnp.tanh(h @ t1 + t2)
        return (h_1,), (t1, t2, h, h_1, layer)
    (h,), tape = scan(for_body, (h,), r)
    layers_bar = zeros_like(layers)
    h_bar = broadcast_like(1.0, h)

    def for_body_2(carry, step):
        h_bar, layers_bar = carry
        i1, (t1, t2, h, h_1, layer) = step
        t3 = h_bar * (1 - h_1 ** 2)
        layer_bar = zeros_like(layer)
        layer_bar = add_at(layer_bar, 'b', unbroadcast(t3, t2))
        h_bar = matmul_vjp_lhs(t3, h, t1)
        layer_bar = add_at(layer_bar, 'W', matmul_vjp_rhs(t3, h, t1))
        layers_bar = add_at(layers_bar, i1, layer_bar)
        return (h_bar, layers_bar), None
    (h_bar, layers_bar), _ = scan(for_body_2, (h_bar, layers_bar), (r, tape), reverse=True)
    return layers_bar
