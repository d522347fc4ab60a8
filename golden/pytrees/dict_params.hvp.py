# s2s show ../../tests/cases/pytrees.py::dict_params --mode hvp --wrt 0
def dict_params_hvp(p, x, y, p_dot):
    t1 = p['w']
    t2 = p['b']
    pred = x @ t1 + t2
    pred_dot = x @ p_dot['w'] + p_dot['b']
    t3 = pred - y
    t4 = broadcast_like(2 / np.size(t3) * pred_dot, t3)
    p_bar_dot = zeros_like(p)
    p_bar_dot = add_into(p_bar_dot, 'b', unbroadcast(t4, t2))
    p_bar_dot = add_into(p_bar_dot, 'w', matmul_vjp_rhs(t4, x, t1))
    return p_bar_dot
