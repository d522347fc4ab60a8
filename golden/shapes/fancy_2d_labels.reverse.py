# s2s show ../../tests/cases/shapes.py::fancy_2d_labels --wrt 0
def fancy_2d_labels_grad(logits, labels):
    t1 = np.max(logits, axis=1, keepdims=True)
    z = logits - t1
    t2 = np.exp(z)
    t3 = np.sum(t2, axis=1, keepdims=True)
    t4 = np.log(t3)
    logp = z - t4
    t5 = np.arange(4)
    t6 = logp[t5, labels]
    logp_bar = np.zeros_like(logp)
    np.add.at(logp_bar, (t5, labels), broadcast_like(-1.0 / np.size(t6), t6))
    z_bar = logp_bar + -unbroadcast(logp_bar, t4) / t3 * t2
    logits_bar = z_bar + unreduce_extremum(-z_bar, logits, t1, axis=1, keepdims=True)
    return logits_bar
