# s2s show ../../tests/cases/control.py::newton_sqrt_for --wrt 0
def newton_sqrt_for_grad(a):
    r = range(30)
    z_all = rows_for(r)
    z, t1_all = 1.0, rows_for(r)
    for _ in r:
        t1 = a / z
        z_1 = 0.5 * (z + t1)
        t1_all.append(t1)
        z_all.append(z)
        z = z_1
    z_bar, t2 = 1.0, rows_for(r, reverse=True)
    for _ in reversed(r):
        z = z_all[_]
        t3 = z_bar * 0.5
        z_bar = unbroadcast(t3, z) + unbroadcast(-(t1_all[_] * t3) / z, z)
        t2.append(t3 / z)
    a_bar = unbroadcast_sum(stack_rows(t2), a)
    return a_bar
