# s2s show ../../tests/cases/shapes.py::fancy_2d_labels --mode forward --wrt 0
def fancy_2d_labels_jvp(logits, labels, logits_dot):
    t1 = np.max(logits, axis=1, keepdims=True)
    z = logits - t1
    z_dot = logits_dot - np.sum(logits_dot * unreduce_extremum(1.0, logits, t1, axis=1, keepdims=True), axis=1, keepdims=True)
    t2 = np.exp(z)
    t3 = np.sum(t2, axis=1, keepdims=True)
    logp = z - np.log(t3)
    logp_dot = z_dot - np.sum(z_dot * t2, axis=1, keepdims=True) / t3
    t4 = np.arange(4)
    return -np.mean(logp[t4, labels]), -np.mean(logp_dot[t4, labels])
