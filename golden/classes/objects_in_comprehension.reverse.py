# s2s show tests/cases/classes.py::objects_in_comprehension --mode reverse --wrt 0,1
def objects_in_comprehension_grad(W, x):
    t1 = np.transpose(W)
    outs = []
    t2 = 0 == 0
    if t2:
        t3 = x
    else:
        t3 = W @ x
    t4 = np.tanh(W @ t3)
    outs.append(t4)
    t5 = 1 == 0
    if t5:
        t6 = x
    else:
        t6 = W @ x
    t7 = np.tanh(t1 @ t6)
    outs.append(t7)
    t8 = outs[0]
    t9 = outs[1]
    outs_bar = zeros_like(outs)
    outs_bar = add_into(outs_bar, 1, broadcast_like(np.sum(t8), t9))
    outs_bar = add_into(outs_bar, 0, broadcast_like(np.sum(t9), t8))
    t7_bar = outs_bar[-1]
    outs_bar = outs_bar[:-1]
    t10 = t7_bar * (1 - t7 ** 2)
    x_bar = matmul_vjp_rhs(t10, t1, t6)
    if t5:
        W_bar = zeros_like(W)
    else:
        W_bar = matmul_vjp_lhs(x_bar, W, x)
        x_bar = matmul_vjp_rhs(x_bar, W, x)
    t11 = outs_bar[-1] * (1 - t4 ** 2)
    W_bar = W_bar + matmul_vjp_lhs(t11, W, t3)
    t3_bar = matmul_vjp_rhs(t11, W, t3)
    if t2:
        x_bar_1 = x_bar + t3_bar
    else:
        W_bar = W_bar + matmul_vjp_lhs(t3_bar, W, x)
        x_bar_1 = x_bar + matmul_vjp_rhs(t3_bar, W, x)
    W_bar = W_bar + untranspose(matmul_vjp_lhs(t10, t1, t6))
    return W_bar, x_bar_1
