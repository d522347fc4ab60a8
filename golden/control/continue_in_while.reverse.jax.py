# s2s show tests/cases/control.py::continue_in_while --wrt 0 --backend jax
def continue_in_while_grad(x):
    tape = []
    acc, i, steps = 0.0, 0, 0
    while i < 4:
        i = i + 1
        t1 = i - 1
        t2 = x[t1]
        t3 = t2 < 1.0

        def if_true(acc):
            return acc

        def if_false(acc):
            acc = acc + jnp.sin(t2)
            return acc
        acc = cond(t3, if_true, if_false, acc)
        tape.append((t1, t2, t3))
        steps = steps + 1
    acc_bar, x_bar = 1.0, broadcast_like(0.1, x)
    for _ in range(steps):
        t1, t2, t3 = tape.pop()

        def if_true_2():
            return zeros_like(t2), acc_bar

        def if_false_2():
            return acc_bar * jnp.cos(t2), acc_bar
        t2_bar, acc_bar = cond(t3, if_true_2, if_false_2, cotangents=(0, 1))
        x_bar = add_at(x_bar, t1, unbroadcast(t2_bar, t2))
    return acc + jnp.sum(x) * 0.1, x_bar
