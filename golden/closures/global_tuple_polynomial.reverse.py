# s2s show tests/cases/closures.py::global_tuple_polynomial --wrt 0
def global_tuple_polynomial_grad(x):
    tape = []
    r = range(len(COEFFS))
    acc = 0.0
    for i in r:
        t1 = COEFFS[i]
        acc = acc + t1 * x ** i
        tape.append(t1)
    acc_bar = unreduce(1.0, acc)
    t2 = []
    for i1 in reversed(r):
        t1 = tape.pop()
        t2.append(acc_bar * t1 * i1 * x ** (i1 - 1))
    x_bar = unbroadcast_sum(t2, x)
    return np.sum(acc), x_bar
