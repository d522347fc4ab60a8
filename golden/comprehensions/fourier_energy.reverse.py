# s2s show ../../tests/cases/comprehensions.py::fourier_energy --mode reverse --wrt 0
def fourier_energy_grad(x):
    tape = []
    r = range(1, 4)
    for k in r:
        t1 = k * x
        tape.append((t1, np.sum(np.sin(t1))))
    t3 = []
    for k in reversed(r):
        t1, t2 = tape.pop()
        t3.append(2.0 * t2 * np.cos(t1) * k)
    x_bar = unbroadcast_sum(stack_rows(t3), x)
    return x_bar
