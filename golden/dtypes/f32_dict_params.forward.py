# s2s show ../../tests/cases/dtypes.py::f32_dict_params --mode forward --wrt 0
def f32_dict_params_jvp(p, x, p_dot):
    t1 = np.tanh(x @ p['w'] + p['b'])
    t2 = t1 ** 2
    t3 = (x @ p_dot['w'] + p_dot['b']) * (1 - t2) * 2
    return np.mean(t2), np.mean(t3 * t1)
