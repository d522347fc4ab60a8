# s2s show tests/cases/inplace.py::setitem_nested_loops --wrt 0 --backend jax
def setitem_nested_loops_grad(x):
    tape = []
    tape1 = []
    y = jnp.zeros((3, 2))
    r = range(3)
    for i in r:
        r1 = range(2)
        for j in r1:
            t1 = x[i, j]
            t2 = 2 - i
            t3 = 1 - j
            t4 = x[t2, t3]
            t5 = t1 * t4
            y = setitem(y, (i, j), t5)
            tape.append((t1, t2, t3, t4, t5))
        tape1.append(r1)
    y_bar, x_bar = unbroadcast(x, y), unbroadcast(y, x)
    for i in reversed(r):
        r1 = tape1.pop()
        for j in reversed(r1):
            t1, t2, t3, t4, t5 = tape.pop()
            t5_bar = unbroadcast(jnp.copy(y_bar[i, j]), t5)
            y_bar = setitem(y_bar, (i, j), 0.0)
            x_bar = add_at(x_bar, (t2, t3), unbroadcast(t5_bar * t1, t4))
            x_bar = add_at(x_bar, (i, j), unbroadcast(t5_bar * t4, t1))
    return jnp.sum(y * x), x_bar
