# s2s show ../../tests/cases/control.py::collected_then_reread --mode forward --wrt 0
def collected_then_reread_jvp(x, x_dot):
    squashed = []
    r = range(len(x))
    squashed_dot = zeros_like(squashed)
    for i1 in r:
        row = x[i1]
        row_dot = x_dot[i1]
        t1 = np.tanh(row)
        squashed.append(t1)
        squashed_dot.append(row_dot * (1 - t1 ** 2))
    total, total_dot = 0.0, 0.0
    for i in r:
        t2 = squashed[i]
        t3 = np.cos(t2)
        t4 = x[i]
        t5 = t3 * x_dot[i] - t4 * (squashed_dot[i] * np.sin(t2))
        total = total * 0.9 + np.sum(t3 * t4)
        total_dot = total_dot * 0.9 + np.sum(t5)
    return total, total_dot
