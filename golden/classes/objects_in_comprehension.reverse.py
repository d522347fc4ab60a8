# s2s show ../../tests/cases/classes.py::objects_in_comprehension --mode reverse --wrt 0,1
def objects_in_comprehension_grad(W, x):
    t1 = np.transpose(W)
    outs = []
    t2 = W @ x
    t3 = np.tanh(t2)
    outs.append(t3)
    t4 = np.tanh(t1 @ t2)
    outs.append(t4)
    t5 = outs[0]
    t6 = outs[1]
    outs_bar = zeros_like(outs)
    outs_bar = add_into(outs_bar, 1, broadcast_like(np.sum(t5), t6))
    outs_bar = add_into(outs_bar, 0, broadcast_like(np.sum(t6), t5))
    t4_bar = outs_bar[-1]
    outs_bar = outs_bar[:-1]
    t7 = t4_bar * (1 - t4 ** 2)
    t2_bar = matmul_vjp_rhs(t7, t1, t2) + outs_bar[-1] * (1 - t3 ** 2)
    W_bar = matmul_vjp_lhs(t2_bar, W, x)
    x_bar = matmul_vjp_rhs(t2_bar, W, x)
    W_bar = W_bar + untranspose(matmul_vjp_lhs(t7, t1, t2))
    return W_bar, x_bar
