# s2s show ../../tests/cases/lowering.py::branch_value_read_back --mode reverse --wrt 0,1 --backend jax
def branch_value_read_back_grad(x, s):
    tape = []
    tape1 = []
    r = range(3)
    x_1 = x
    for _ in r:
        t1 = jnp.sum(x_1) < 0.5

        def if_true():
            s_1 = jnp.tanh(s)
            return s_1, s_1

        def if_false():
            return s, None
        s, s_1_recorded = cond(t1, if_true, if_false)
        tape.append(s_1_recorded)
        x_2 = x_1 * s
        tape1.append((t1, s, x_1))
        x_1 = x_2
    s_bar = zeros_like(s)
    x_1_bar = broadcast_like(1.0, x_1)
    for _ in reversed(r):
        t1, s_1, x_1 = tape1.pop()
        x_1_bar_1 = x_1_bar * s_1
        s_bar_1 = s_bar + unbroadcast(x_1_bar * x_1, s)
        s_1 = tape.pop()

        def if_true_2():
            s_bar = s_bar_1 * (1 - s_1 ** 2)
            return s_bar

        def if_false_2():
            return s_bar_1
        s_bar = cond(t1, if_true_2, if_false_2, cotangents=(0,))
        x_1_bar = x_1_bar_1
    x_bar = unbroadcast(x_1_bar, x)
    return x_bar, s_bar
