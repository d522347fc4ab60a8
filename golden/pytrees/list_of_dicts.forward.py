# s2s show ../../tests/cases/pytrees.py::list_of_dicts --mode forward --wrt 0
def list_of_dicts_jvp(layers, x, layers_dot):
    h, h_dot = x, zeros_like(x)
    for i in range(len(layers)):
        layer = layers[i]
        layer_dot = layers_dot[i]
        t1 = layer['W']
        t2 = h_dot @ t1 + h @ layer_dot['W'] + layer_dot['b']
        h = np.tanh(h @ t1 + layer['b'])
        h_dot = t2 * (1 - h ** 2)
    return np.sum(h), np.sum(h_dot)
