# s2s show ../../tests/cases/control.py::for_continue_on_data --wrt 0 --backend jax
def for_continue_on_data_grad(x):
    r = range(len(x))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        v = x[i]
        t1 = v < 0

        def if_true(acc):
            return acc

        def if_false(acc):
            acc = acc + v * v
            return acc
        acc = cond(t1, if_true, if_false, acc)
        return (acc,), (t1, v)
    (acc,), tape = scan(for_body, (acc,), r)
    x_bar = zeros_like(x)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, x_bar = carry
        i1, (t1, v) = step

        def if_true_2():
            v_bar = zeros_like(v)
            return acc_bar, v_bar

        def if_false_2():
            v_bar = acc_bar * v
            t2 = unbroadcast(v_bar, v)
            v_bar = t2 + t2
            return acc_bar, v_bar
        acc_bar, v_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
        x_bar = add_at(x_bar, i1, v_bar)
        return (acc_bar, x_bar), None
    (acc_bar, x_bar), _ = scan(for_body_2, (acc_bar, x_bar), (r, tape), reverse=True)
    return acc, x_bar
