# s2s show tests/cases/closures.py::global_tuple_polynomial --wrt 0
def global_tuple_polynomial_grad(x):
    tape = []
    r = range(len(COEFFS))
    acc = 0.0
    for i in r:
        t1 = COEFFS[i]
        acc = acc + t1 * x ** i
        tape.append(t1)
    t2 = broadcast_like(1.0, acc)
    t3 = []
    for i1 in reversed(r):
        t1 = tape.pop()
        t3.append(t2 * t1 * i1 * x ** (i1 - 1))
    x_bar = unbroadcast_sum(t3, x)
    return np.sum(acc), x_bar
