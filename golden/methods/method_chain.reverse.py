# s2s show tests/cases/methods.py::method_chain --wrt 0,1
def method_chain_grad(x, w):
    t1 = np.transpose(np.dot(x, w))
    t2 = np.sum(t1, axis=1)
    t3 = np.mean(t2)
    t4 = untranspose(unreduce(unreduce(1.0, t2) * (np.size(t3) / np.size(t2)), t1, axis=1))
    x_bar = dot_vjp_lhs(t4, x, w)
    w_bar = dot_vjp_rhs(t4, x, w)
    return t3, x_bar, w_bar
