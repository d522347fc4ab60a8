# s2s show tests/cases/shapes.py::fancy_2d_labels --wrt 0
def fancy_2d_labels_grad(logits, labels):
    t1 = np.max(logits, axis=1, keepdims=True)
    z = logits - t1
    t2 = np.exp(z)
    t3 = np.sum(t2, axis=1, keepdims=True)
    logp = z - np.log(t3)
    t4 = np.arange(4)
    t5 = logp[t4, labels]
    logp_bar = np.zeros_like(logp)
    np.add.at(logp_bar, (t4, labels), broadcast_like(-1.0 / np.size(t5), t5))
    z_bar = unbroadcast(logp_bar, z) + unreduce(-logp_bar / t3, t2, axis=1, keepdims=True) * t2
    logits_bar = unbroadcast(z_bar, logits) + unreduce_extremum(-z_bar, logits, t1, axis=1, keepdims=True)
    return -np.mean(t5), logits_bar
