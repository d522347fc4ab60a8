# s2s show ../../tests/cases/methods.py::method_chain --mode hvp --wrt 0,1
def method_chain_hvp(x, w, x_dot, w_dot):
    t1 = np.transpose(np.dot(x, w))
    t2 = np.sum(t1, axis=1)
    t3 = untranspose(broadcast_like(np.expand_dims(broadcast_like(1.0 / np.size(t2), t2), 1), t1))
    x_bar_dot = dot_vjp_lhs(t3, x, w_dot)
    w_bar_dot = dot_vjp_rhs(t3, x_dot, w)
    return x_bar_dot, w_bar_dot
