# s2s show ../../tests/cases/control.py::for_continue_on_data --wrt 0 --backend jax
def for_continue_on_data_grad(x):
    r = range(len(x))

    def for_body(carry, i):
        v = x[i]
        return (), (v < 0, v)
    (), tape = scan(for_body, (), r)
    x_bar = zeros_like(x)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, x_bar = carry
        i1, (t1, v) = step

        def if_true():
            v_bar = zeros_like(v)
            return acc_bar, v_bar

        def if_false():
            v_bar = acc_bar * v
            t2 = unbroadcast(v_bar, v)
            v_bar = t2 + t2
            return acc_bar, v_bar
        acc_bar, v_bar = cond(t1, if_true, if_false, cotangents=(0, 1))
        x_bar = add_at(x_bar, i1, v_bar)
        return (acc_bar, x_bar), None
    (acc_bar, x_bar), _ = scan(for_body_2, (acc_bar, x_bar), (r, tape), reverse=True)
    return x_bar
