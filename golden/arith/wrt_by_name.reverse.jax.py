# s2s show tests/cases/arith.py::wrt_by_name --wrt w,x --backend jax
def wrt_by_name_grad(w, x):
    t1 = jnp.tanh(w @ x)
    t2 = t1 ** 2
    t3 = 2.0 * t1 * (1 - t2)
    w_bar = matmul_vjp_lhs(t3, w, x)
    x_bar = matmul_vjp_rhs(t3, w, x)
    return jnp.sum(t2), w_bar, x_bar
