# s2s show ../../tests/cases/statements.py::head_and_tail --mode forward --wrt 0
def head_and_tail_jvp(layers, layers_dot):
    first = layers[0]
    first_dot = layers_dot[0]
    rest = layers[1:]
    rest_dot = layers_dot[1:]
    t1 = np.sum(np.stack(rest), axis=0)
    return np.sum(first * t1), np.sum(first_dot * t1 + first * np.sum(np.stack(rest_dot), axis=0))
