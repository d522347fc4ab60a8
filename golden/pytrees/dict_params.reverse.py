# s2s show ../../tests/cases/pytrees.py::dict_params --wrt 0
def dict_params_grad(p, x, y):
    t1 = p['w']
    t2 = p['b']
    pred = x @ t1 + t2
    t3 = pred - y
    t3_bar = 2 / np.size(t3) * t3
    p_bar = zeros_like(p)
    p_bar = add_into(p_bar, 'b', unbroadcast(t3_bar, t2))
    p_bar = add_into(p_bar, 'w', matmul_vjp_rhs(t3_bar, x, t1))
    return p_bar
