# s2s show ../../tests/cases/lowering.py::helper_loop_in_branch --mode reverse --wrt 0 --backend jax
def helper_loop_in_branch_grad(a):
    t1 = a > 100.0

    def if_true():
        r = range(3)
        v = a

        def for_body(carry, _):
            v, = carry
            v = v * 0.5
            return (v,), None
        (v,), _ = scan(for_body, (v,), r)
        return v, r

    def if_false():
        return a, None
    v, r = cond(t1, if_true, if_false)
    v_bar = v + v

    def if_true_2():
        v_bar_1 = v_bar

        def for_body_2(carry, _):
            v_bar_1, = carry
            v_bar_1 = v_bar_1 * 0.5
            return (v_bar_1,), None
        (v_bar_1,), _ = scan(for_body_2, (v_bar_1,), r, reverse=True)
        return v_bar_1

    def if_false_2():
        return v_bar
    v_bar_1 = cond(t1, if_true_2, if_false_2, cotangents=(0,))
    return v_bar_1
