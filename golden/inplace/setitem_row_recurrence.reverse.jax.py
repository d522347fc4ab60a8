# s2s show ../../tests/cases/inplace.py::setitem_row_recurrence --mode reverse --wrt 0,1 --backend jax
def setitem_row_recurrence_grad(W, h0, T):
    H = jnp.zeros((T + 1, jnp.shape(h0)[0]))
    H = H.at[0].set(h0)
    r = range(T)

    def for_body(carry, t):
        H, = carry
        t1 = t + 1
        t2 = jnp.tanh(W @ H[t])
        H = setitem(H, t1, t2)
        return (H,), (t1, t2)
    (H,), tape = scan(for_body, (H,), r)
    H_bar = H + H

    def for_body_2(carry, step):
        H_bar, = carry
        t, (t1, t2) = step
        t3 = H[t]
        t2_bar = unsetitem(H_bar, t2, t1)
        H_bar = setitem(H_bar, t1, 0.0)
        t5 = t2_bar * (1 - t2 ** 2)
        H_bar = add_at(H_bar, t, matmul_vjp_rhs(t5, W, t3))
        return (H_bar,), (t5, t3)
    (H_bar,), (t4, t3_all) = scan(for_body_2, (H_bar,), (r, tape), reverse=True)
    W_bar = matmul_vjp_lhs_sum(t4, W, t3_all)
    h0_bar = unbroadcast(H_bar[0], h0)
    return W_bar, h0_bar
