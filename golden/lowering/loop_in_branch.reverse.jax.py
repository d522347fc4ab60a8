# s2s show ../../tests/cases/lowering.py::loop_in_branch --mode reverse --wrt 0 --backend jax
def loop_in_branch_grad(a):
    t1 = a < 20

    def if_true(a):
        r = range(3)

        def for_body(carry, _):
            a, = carry
            a_1 = a * a
            return (a_1,), a
        (a,), tape = scan(for_body, (a,), r)
        return r, tape

    def if_false(a):
        return None, None
    r, tape = cond(t1, if_true, if_false, a)

    def if_true_2():
        a_bar = 1.0

        def for_body_2(carry, step):
            a_bar, = carry
            _, a = step
            a_bar = a_bar * a
            a_bar = a_bar + a_bar
            return (a_bar,), None
        (a_bar,), _ = scan(for_body_2, (a_bar,), (r, tape), reverse=True)
        return a_bar

    def if_false_2():
        return 1.0
    a_bar = cond(t1, if_true_2, if_false_2, cotangents=(0,))
    return a_bar
