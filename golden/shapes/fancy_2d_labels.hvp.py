# s2s show tests/cases/shapes.py::fancy_2d_labels --mode hvp --wrt 0
def fancy_2d_labels_hvp(logits, labels, logits_dot):
    t1 = np.max(logits, axis=1, keepdims=True)
    z = logits - t1
    z_dot = logits_dot - np.sum(logits_dot * unreduce_extremum(1.0, logits, t1, axis=1, keepdims=True), axis=1, keepdims=True)
    t2 = np.exp(z)
    t2_dot = z_dot * t2
    t3 = np.sum(t2, axis=1, keepdims=True)
    logp = z - np.log(t3)
    t4 = np.arange(4)
    t5 = logp[t4, labels]
    logp_bar = np.zeros_like(logp)
    np.add.at(logp_bar, (t4, labels), broadcast_like(-1.0 / np.size(t5), t5))
    t3_bar = -logp_bar / t3
    t2_bar = unreduce(t3_bar, t2, axis=1, keepdims=True)
    t6 = unreduce(-(t3_bar * np.sum(t2_dot, axis=1, keepdims=True)) / t3, t2, axis=1, keepdims=True) * t2 + t2_bar * t2_dot
    z_bar = unbroadcast(logp_bar, z) + t2_bar * t2
    logits_bar_dot = unbroadcast(broadcast_like(t6, z_bar), logits) + unreduce_extremum(broadcast_like(-t6, -z_bar), logits, t1, axis=1, keepdims=True)
    return logits_bar_dot
