# s2s show ../../tests/cases/dtypes.py::f32_dict_params --wrt 0 --backend jax
def f32_dict_params_grad(p, x):
    t1 = p['w']
    t2 = p['b']
    t3 = jnp.tanh(x @ t1 + t2)
    t4 = t3 ** 2
    t5 = 2 / jnp.size(t4) * t3 * (1 - t4)
    p_bar = zeros_like(p)
    p_bar = add_at(p_bar, 'b', unbroadcast(t5, t2))
    p_bar = add_at(p_bar, 'w', matmul_vjp_rhs(t5, x, t1))
    return p_bar
