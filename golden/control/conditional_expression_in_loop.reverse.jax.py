# s2s show tests/cases/control.py::conditional_expression_in_loop --wrt 0 --backend jax
def conditional_expression_in_loop_grad(x):
    tape = []
    tape1 = []
    tape2 = []
    r = range(4)
    acc = 0.0
    for i in r:
        t1 = i % 2 == 0

        def if_true():
            t2 = x[i]
            return t2 * 2.0, t2, None

        def if_false():
            t4 = x[i]
            return jnp.sin(t4), None, t4
        t3, t2_recorded, t4_recorded = cond(t1, if_true, if_false)
        tape.append(t2_recorded)
        tape1.append(t4_recorded)
        acc = acc + t3
        tape2.append(t1)
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1 = tape2.pop()
        t2 = tape.pop()
        t4 = tape1.pop()

        def if_true_2(x_bar):
            x_bar_1 = add_at(x_bar, i, unbroadcast(2.0, t2))
            return x_bar_1

        def if_false_2(x_bar):
            x_bar = add_at(x_bar, i, unbroadcast(jnp.cos(t4), t4))
            return x_bar
        x_bar = cond(t1, if_true_2, if_false_2, x_bar, cotangents=(0,))
    return acc, x_bar
