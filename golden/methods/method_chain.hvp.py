# s2s show tests/cases/methods.py::method_chain --mode hvp --wrt 0,1
def method_chain_hvp(x, w, x_dot, w_dot):
    t1 = np.transpose(np.dot(x, w))
    t2 = untranspose(unreduce(1.0 / np.size(np.sum(t1, axis=1)), t1, axis=1))
    x_bar_dot = dot_vjp_lhs(t2, x, w_dot)
    w_bar_dot = dot_vjp_rhs(t2, x_dot, w)
    return x_bar_dot, w_bar_dot
