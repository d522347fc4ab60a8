# s2s show ../../tests/cases/reductions.py::softmax_cross_entropy --mode forward --wrt 0
def softmax_cross_entropy_jvp(x, t, x_dot):
    t1 = np.max(x, axis=1, keepdims=True)
    z = x - t1
    z_dot = x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=1, keepdims=True), axis=1, keepdims=True)
    t2 = np.exp(z)
    t2_dot = z_dot * t2
    t3 = np.sum(t2, axis=1, keepdims=True)
    p = t2 / t3
    p_dot = (t2_dot - p * np.sum(t2_dot, axis=1, keepdims=True)) / t3
    return -np.sum(t * np.log(p)), -np.sum(t * (p_dot / p))
