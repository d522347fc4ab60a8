# s2s show ../../tests/cases/closures.py::global_tuple_polynomial --mode hvp --wrt 0
def global_tuple_polynomial_hvp(x, x_dot):
    r = range(len(COEFFS))
    acc, t1_all = 0.0, rows_for(r)
    for i in r:
        t1 = COEFFS[i]
        acc = acc + t1 * x ** i
        t1_all.append(t1)
    t2 = rowwise(np.multiply, broadcast_like(1.0, acc), stack_rows(t1_all), rows=1, overwrite=True)
    t4_all = rows_for(r, reverse=True, into=t2)
    for i1 in reversed(r):
        t3 = np.where(i1 == 0, 0, i1 - 1)
        t4 = t2[i1] * i1 * (x_dot * t3 * x ** np.where(t3 == 0, 0, t3 - 1))
        t4_all.append(t4)
    x_bar_dot = unbroadcast_sum(stack_rows(t4_all), x)
    return x_bar_dot
