# s2s show tests/cases/reductions.py::sum_scales_array --mode reverse --wrt 0 --backend jax
def sum_scales_array_grad(x):
    s = jnp.sum(x)
    t1 = s > 0

    def if_true():
        t2 = x ** 2
        result = jnp.sum(t2 * s)
        return result, t2, None

    def if_false():
        t3 = jnp.exp(x)
        result = jnp.sum(t3 * s)
        return result, None, t3
    result, t2, t3 = cond(t1, if_true, if_false)

    def if_true_2():
        x_bar = s * 2 * x
        return unbroadcast(t2, s), unbroadcast(x_bar, x)

    def if_false_2():
        x_bar = s * t3
        return unbroadcast(t3, s), x_bar
    s_bar, x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    x_bar = unbroadcast(x_bar, x) + broadcast_like(s_bar, x)
    return result, x_bar
