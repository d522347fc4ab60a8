# s2s show ../../tests/cases/pytrees.py::dict_params --mode forward --wrt 0
def dict_params_jvp(p, x, y, p_dot):
    pred = x @ p['w'] + p['b']
    pred_dot = x @ p_dot['w'] + p_dot['b']
    t1 = pred - y
    t2 = t1 ** 2
    return np.mean(t2), np.mean(broadcast_like(pred_dot * 2 * t1, t2))
