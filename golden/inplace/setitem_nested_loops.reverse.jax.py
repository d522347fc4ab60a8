# s2s show ../../tests/cases/inplace.py::setitem_nested_loops --wrt 0 --backend jax
def setitem_nested_loops_grad(x):
    tape = []
    tape1 = []
    y = jnp.zeros((3, 2))
    r = range(3)
    r1 = range(2)
    for i in r:
        t1 = 2 - i
        for j in r1:
            t2 = x[i, j]
            t3 = 1 - j
            t4 = x[t1, t3]
            t5 = t2 * t4
            y = setitem(y, (i, j), t5)
            tape.append((t2, t3, t4, t5))
        tape1.append(t1)
    y_bar, x_bar = unbroadcast(x, y), unbroadcast(y, x)
    for i in reversed(r):
        t1 = tape1.pop()
        for j in reversed(r1):
            t2, t3, t4, t5 = tape.pop()
            t5_bar = unbroadcast(jnp.copy(y_bar[i, j]), t5)
            y_bar = setitem(y_bar, (i, j), 0.0)
            x_bar = add_at(x_bar, (t1, t3), unbroadcast(t5_bar * t2, t4))
            x_bar = add_at(x_bar, (i, j), unbroadcast(t5_bar * t4, t2))
    return x_bar
