# s2s show ../../tests/cases/methods.py::method_dot --wrt 0,1 --backend jax
def method_dot_grad(A, v):
    t1 = jnp.dot(A, v)
    v_bar = dot_vjp_lhs(1.0, v, v)
    v_bar = v_bar + dot_vjp_rhs(1.0, v, v)
    t1_bar = 2.0 * t1
    A_bar = dot_vjp_lhs(t1_bar, A, v)
    v_bar = v_bar + dot_vjp_rhs(t1_bar, A, v)
    return jnp.sum(t1 ** 2) + jnp.dot(v, v), A_bar, v_bar
