# s2s show tests/cases/lowering.py::loop_in_branch --mode reverse --wrt 0 --backend jax
def loop_in_branch_grad(a):
    t1 = a < 20

    def if_true():
        r = range(3)
        a_1 = a

        def for_body(carry, _):
            a_1, = carry
            a_2 = a_1 * a_1
            return (a_2,), a_1
        (a_1,), tape = scan(for_body, (a_1,), r)
        return a_1, r, tape

    def if_false():
        return a, None, None
    a_1, r, tape = cond(t1, if_true, if_false)

    def if_true_2():
        a_1_bar = 1.0

        def for_body_2(carry, step):
            a_1_bar, = carry
            _, a = step
            a_1_bar = a_1_bar * a
            a_1_bar = a_1_bar + a_1_bar
            return (a_1_bar,), None
        (a_1_bar,), _ = scan(for_body_2, (a_1_bar,), (r, tape), reverse=True)
        return a_1_bar

    def if_false_2():
        return 1.0
    a_1_bar = cond(t1, if_true_2, if_false_2, cotangents=(0,))
    return a_1, a_1_bar
