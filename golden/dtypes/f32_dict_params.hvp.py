# s2s show ../../tests/cases/dtypes.py::f32_dict_params --mode hvp --wrt 0
def f32_dict_params_hvp(p, x, p_dot):
    t1 = p['w']
    t2 = p['b']
    t3 = np.tanh(x @ t1 + t2)
    t4 = t3 ** 2
    t5 = 1 - t4
    t3_dot = (x @ p_dot['w'] + p_dot['b']) * t5
    t6 = 2 / np.size(t4)
    t7 = t6 * t3_dot * t5 - t6 * t3 * (t3_dot * 2 * t3)
    p_bar_dot = zeros_like(p)
    p_bar_dot = add_into(p_bar_dot, 'b', unbroadcast(t7, t2))
    p_bar_dot = add_into(p_bar_dot, 'w', matmul_vjp_rhs(t7, x, t1))
    return p_bar_dot
