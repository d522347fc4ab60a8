# s2s show ../../tests/cases/lowering.py::loop_over_empty_slice --mode forward --wrt 0,1
def loop_over_empty_slice_jvp(params, x, params_dot, x_dot):
    t1 = params[1:-1]
    t1_dot = params_dot[1:-1]
    for i in range(len(t1)):
        w = t1[i]
        w_dot = t1_dot[i]
        t3 = w_dot * x + w * x_dot
        x = np.tanh(w * x)
        x_dot = t3 * (1 - x ** 2)
    t2 = params[0]
    return np.sum(x * t2), np.sum(x_dot * t2 + x * params_dot[0])
