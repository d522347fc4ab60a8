# s2s show ../../tests/cases/control.py::newton_sqrt_for --mode hvp --wrt 0
def newton_sqrt_for_hvp(a, a_dot):
    r = range(30)
    z_all = rows_for(r)
    z_dot_all = rows_for(r)
    z, z_dot, t1_all, t5 = 1.0, 0.0, rows_for(r), rows_for(r)
    for _ in r:
        t1 = a / z
        t1_dot = (a_dot - t1 * z_dot) / z
        z_1 = 0.5 * (z + t1)
        z_1_dot = 0.5 * (z_dot + t1_dot)
        t1_all.append(t1)
        z_all.append(z)
        t5.append(t1_dot)
        z_dot_all.append(z_dot)
        z, z_dot = z_1, z_1_dot
    z_bar, z_bar_dot, t6 = 1.0, 0.0, rows_for(r, reverse=True)
    for _ in reversed(r):
        t2 = t1_all[_]
        z = z_all[_]
        z_dot = z_dot_all[_]
        t7 = z_bar * 0.5
        t7_dot = z_bar_dot * 0.5
        t3 = -(t2 * t7) / z
        t4 = -(t5[_] * t7 + t2 * t7_dot) - t3 * z_dot
        z_bar = unbroadcast(t7, z) + unbroadcast(t3, z)
        z_bar_dot = unbroadcast(t7_dot, z) + unbroadcast(t4 / z, z)
        t6.append((t7_dot - t7 / z * z_dot) / z)
    a_bar_dot = unbroadcast_sum(stack_rows(t6), a)
    return a_bar_dot
