# s2s show tests/cases/reductions.py::sum_scales_array --mode reverse --wrt 0 --backend jax
def sum_scales_array_grad(x):
    s = jnp.sum(x)
    t1 = s > 0

    def if_true():
        t2 = x ** 2
        t3 = t2 * s
        result = jnp.sum(t3)
        return result, t2, t3, None, None

    def if_false():
        t4 = jnp.exp(x)
        t5 = t4 * s
        result = jnp.sum(t5)
        return result, None, None, t4, t5
    result, t2, t3, t4, t5 = cond(t1, if_true, if_false)

    def if_true_2():
        t6 = broadcast_like(1.0, t3)
        s_bar = t6 * t2
        x_bar = t6 * s * 2 * x
        return s_bar, x_bar

    def if_false_2():
        t7 = broadcast_like(1.0, t5)
        s_bar = t7 * t4
        x_bar = t7 * s * t4
        return s_bar, x_bar
    s_bar, x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    x_bar = unbroadcast(x_bar, x) + broadcast_like(unbroadcast(s_bar, s), x)
    return result, x_bar
