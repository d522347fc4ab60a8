# s2s show tests/cases/control.py::while_break --wrt 0 --backend jax
def while_break_grad(x):
    tape = []
    broke, k, y, steps = False, 0, x, 0
    while not broke and True:
        y_1 = y + jnp.sin(y)
        k = k + 1
        t1 = k >= 10

        def if_true():
            return t1

        def if_false():
            return jnp.max(y_1) > 3.0
        t1 = cond(t1, if_true, if_false)

        def if_true_2():
            return True

        def if_false_2():
            return broke
        broke = cond(t1, if_true_2, if_false_2)
        tape.append(y)
        y, steps = y_1, steps + 1
    t2 = jnp.sum(y ** 2)
    y_bar = 2.0 * y
    for _ in range(steps):
        y = tape.pop()
        y_bar = y_bar + y_bar * jnp.cos(y)
    return t2, y_bar
