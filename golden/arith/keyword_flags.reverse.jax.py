# s2s show tests/cases/arith.py::keyword_flags --wrt 0 --backend jax
def keyword_flags_grad(x, scale=2.0, square=True):

    def if_true():
        t1 = jnp.sum(x * x)
        result = scale * t1
        return result, t1, None

    def if_false():
        t2 = jnp.sum(jnp.sin(x))
        result = scale * t2
        return result, None, t2
    result, t1, t2 = cond(square, if_true, if_false)

    def if_true_2():
        x_bar = unbroadcast(scale, t1) * x
        x_bar = x_bar + x_bar
        return x_bar

    def if_false_2():
        x_bar = unbroadcast(scale, t2) * jnp.cos(x)
        return x_bar
    x_bar = cond(square, if_true_2, if_false_2, cotangents=(0,))
    return result, x_bar
