# s2s show ../../tests/cases/lowering.py::while_loop_in_branch --mode reverse --wrt 0,1 --backend jax
def while_loop_in_branch_grad(x, s):
    t1 = s > 1.0

    def if_true():
        n, x_1, steps = 0, x, 0

        def while_cond(carry):
            n, x_1, steps = carry
            return n < 3

        def while_body(carry):
            n, x_1, steps = carry
            t2 = jnp.tanh(x_1 * s)
            t3 = x_1[::-1]
            x_2 = t2 + t3
            n = n + 1
            return (n, x_2, steps + 1), (t2, t3, x_1)
        (n, x_1, steps), tape = while_scan(while_cond, while_body, (n, x_1, steps), max_steps=3)
        return x_1, steps, tape

    def if_false():
        return x, None, None
    x_1, steps, tape = cond(t1, if_true, if_false)
    t4 = jnp.sum(x_1 * x_1)
    x_1_bar = s * x_1
    x_1_bar = x_1_bar + x_1_bar

    def if_true_2():
        x_1_bar_1 = x_1_bar

        def for_body(carry, step):
            x_1_bar_1, = carry
            t2, t3, x_1 = step
            x_1_bar_2 = zeros_like(x_1)
            x_1_bar_2 = add_at(x_1_bar_2, jnp.s_[::-1], unbroadcast(x_1_bar_1, t3))
            t6 = x_1_bar_1 * (1 - t2 ** 2)
            x_1_bar_1 = x_1_bar_2 + unbroadcast(t6 * s, x_1)
            return (x_1_bar_1,), t6 * x_1
        (x_1_bar_1,), t5 = scan(for_body, (x_1_bar_1,), tape, length=steps, reverse=True)
        s_bar = t4 + unbroadcast_sum(t5, s)
        return s_bar, x_1_bar_1

    def if_false_2():
        return t4, x_1_bar
    s_bar, x_1_bar_1 = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    return x_1_bar_1, s_bar
