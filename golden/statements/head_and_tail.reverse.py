# s2s show ../../tests/cases/statements.py::head_and_tail --mode reverse --wrt 0
def head_and_tail_grad(layers):
    first = layers[0]
    rest = layers[1:]
    t1 = np.stack(rest)
    t2 = np.sum(t1, axis=0)
    rest_bar = unstack(broadcast_like(np.expand_dims(unbroadcast(first, t2), 0), t1), rest)
    layers_bar = zeros_like(layers)
    layers_bar = add_into(layers_bar, np.s_[1:], rest_bar)
    layers_bar = add_into(layers_bar, 0, unbroadcast(t2, first))
    return layers_bar
