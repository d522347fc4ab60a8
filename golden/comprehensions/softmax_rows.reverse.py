# s2s show ../../tests/cases/comprehensions.py::softmax_rows --mode reverse --wrt 0
def softmax_rows_grad(logits):
    probs = []
    n = len(logits)
    r = range(n)
    t1 = rowwise(np.exp, logits)
    t1_all, t1_all1 = rows_for(r), rows_for(r)
    for i in r:
        t2 = t1[i]
        t3 = np.sum(t2)
        t4 = t2 / t3
        probs.append(t4)
        t1_all.append(t3)
        t1_all1.append(t4)
    probs_bar = unstack(unbroadcast(np.arange(2.0), np.stack(probs)), probs)
    logits_bar = zeros_like(logits)
    for i1 in reversed(r):
        t5 = t1_all[i1]
        t4_bar = probs_bar[-1]
        probs_bar = probs_bar[:-1]
        t2_bar = t4_bar / t5 + unbroadcast(-(t1_all1[i1] * t4_bar) / t5, n)
        row_bar = t2_bar * t1[i1]
        logits_bar = add_into(logits_bar, i1, row_bar)
    return logits_bar
