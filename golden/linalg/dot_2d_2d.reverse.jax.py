# s2s show tests/cases/linalg.py::dot_2d_2d --wrt 0,1 --backend jax
def dot_2d_2d_grad(A, B, C):
    t1 = jnp.dot(A, B) * C
    t2 = broadcast_like(1.0, t1) * C
    A_bar = dot_vjp_lhs(t2, A, B)
    B_bar = dot_vjp_rhs(t2, A, B)
    return jnp.sum(t1), A_bar, B_bar
