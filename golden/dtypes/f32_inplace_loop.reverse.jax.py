# s2s show ../../tests/cases/dtypes.py::f32_inplace_loop --wrt 0,1 --backend jax
def f32_inplace_loop_grad(x, w):
    tape = []
    tape1 = []
    y = jnp.zeros_like(x)
    r = range(4)
    for i in r:
        t1 = x[i]
        t2 = w[i]
        t3 = t1 * t2
        y_1 = setitem(y, i, t3)
        t4 = y_1[i]
        t5 = t4 > 0

        def if_true():
            t6 = t4 + 1.0
            y = setitem(y_1, i, t6)
            return y, t6

        def if_false():
            return y_1, None
        y, t6_recorded = cond(t5, if_true, if_false)
        tape.append(t6_recorded)
        tape1.append((t1, t2, t3, t4, t5))
    y_bar = y + y
    w_bar = zeros_like(w)
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1, t2, t3, t4, t5 = tape1.pop()
        t6 = tape.pop()

        def if_true_2():
            y_1_bar = setitem(y_bar, i, 0.0)
            return unbroadcast(jnp.copy(y_bar[i]), t6), y_1_bar

        def if_false_2():
            return zeros_like(t4), y_bar
        t4_bar, y_1_bar = cond(t5, if_true_2, if_false_2, cotangents=(0, 1))
        y_1_bar = add_at(y_1_bar, i, t4_bar)
        t3_bar = unbroadcast(jnp.copy(y_1_bar[i]), t3)
        y_bar = setitem(y_1_bar, i, 0.0)
        w_bar = add_at(w_bar, i, unbroadcast(t3_bar * t1, t2))
        x_bar = add_at(x_bar, i, unbroadcast(t3_bar * t2, t1))
    return x_bar, w_bar
