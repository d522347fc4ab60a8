# s2s show ../../tests/cases/comprehensions.py::softmax_rows --mode forward --wrt 0
def softmax_rows_jvp(logits, logits_dot):
    probs = []
    probs_dot = zeros_like(probs)
    for i in range(len(logits)):
        row = logits[i]
        row_dot = logits_dot[i]
        t1 = np.exp(row)
        t1_dot = row_dot * t1
        t2 = np.sum(t1)
        t3 = t1 / t2
        probs.append(t3)
        probs_dot.append((t1_dot - t3 * np.sum(t1_dot)) / t2)
    t4 = np.arange(2.0)
    return np.sum(np.stack(probs) * t4), np.sum(np.stack(probs_dot) * t4)
