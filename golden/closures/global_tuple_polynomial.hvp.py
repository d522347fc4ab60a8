# s2s show tests/cases/closures.py::global_tuple_polynomial --mode hvp --wrt 0
def global_tuple_polynomial_hvp(x, x_dot):
    tape = []
    r = range(len(COEFFS))
    acc = 0.0
    for i in r:
        t1 = COEFFS[i]
        acc = acc + t1 * x ** i
        tape.append(t1)
    acc_bar = unreduce(1.0, acc)
    t3 = []
    for i1 in reversed(r):
        t1 = tape.pop()
        t2 = i1 - 1
        t3.append(acc_bar * t1 * i1 * (x_dot * t2 * x ** (t2 - 1)))
    x_bar_dot = unbroadcast_sum(t3, x)
    return x_bar_dot
