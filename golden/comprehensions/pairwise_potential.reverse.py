# s2s show ../../tests/cases/comprehensions.py::pairwise_potential --mode reverse --wrt 0
def pairwise_potential_grad(x):
    tape = []
    tape1 = []
    n = np.shape(x)[0]
    r = range(n)
    for i in r:
        for j in r:
            t1 = i < j
            if t1:
                t2 = x[i]
                t3 = x[j]
                tape.append((t2, t3, t2 - t3))
            tape1.append(t1)
    x_bar = zeros_like(x)
    terms_bar = 1.0
    for i in reversed(r):
        for j in reversed(r):
            t1 = tape1.pop()
            if t1:
                t2, t3, t4 = tape.pop()
                t4_bar = terms_bar * 2 * t4
                x_bar_1 = add_at(x_bar, j, -unbroadcast(t4_bar, t3))
                x_bar_1 = add_at(x_bar_1, i, unbroadcast(t4_bar, t2))
                x_bar = x_bar_1
    return x_bar
