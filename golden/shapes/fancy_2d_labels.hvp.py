# s2s show ../../tests/cases/shapes.py::fancy_2d_labels --mode hvp --wrt 0
def fancy_2d_labels_hvp(logits, labels, logits_dot):
    t1 = np.max(logits, axis=1, keepdims=True)
    z = logits - t1
    z_dot = logits_dot - np.sum(logits_dot * unreduce_extremum(1.0, logits, t1, axis=1, keepdims=True), axis=1, keepdims=True)
    t2 = np.exp(z)
    t2_dot = z_dot * t2
    t3 = np.sum(t2, axis=1, keepdims=True)
    t4 = np.log(t3)
    logp = z - t4
    t5 = np.arange(4)
    t6 = logp[t5, labels]
    logp_bar = np.zeros_like(logp)
    np.add.at(logp_bar, (t5, labels), broadcast_like(-1.0 / np.size(t6), t6))
    t3_bar = -unbroadcast(logp_bar, t4) / t3
    t7 = -(t3_bar * np.sum(t2_dot, axis=1, keepdims=True)) / t3 * t2 + t3_bar * t2_dot
    z_bar = logp_bar + t3_bar * t2
    t1_bar = -z_bar
    logits_bar = z_bar + unreduce_extremum(t1_bar, logits, t1, axis=1, keepdims=True)
    logits_bar_dot = t7 + unreduce_extremum(broadcast_like(-t7, t1_bar), logits, t1, axis=1, keepdims=True)
    return broadcast_like(logits_bar_dot, logits_bar)
