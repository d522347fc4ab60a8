# s2s show ../../tests/cases/reductions.py::sum_scales_array --mode reverse --wrt 0 --backend jax
def sum_scales_array_grad(x):
    s = jnp.sum(x)
    t1 = s > 0

    def if_true():
        return x ** 2, None

    def if_false():
        return None, jnp.exp(x)
    t2, t3 = cond(t1, if_true, if_false)

    def if_true_2():
        x_bar = s * 2 * x
        return unbroadcast(t2, s), x_bar

    def if_false_2():
        x_bar = s * t3
        return unbroadcast(t3, s), x_bar
    s_bar, x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0, 1))
    x_bar = x_bar + s_bar
    return x_bar
