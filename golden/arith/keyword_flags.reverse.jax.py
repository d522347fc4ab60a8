# s2s show ../../tests/cases/arith.py::keyword_flags --wrt 0 --backend jax
def keyword_flags_grad(x, scale=2.0, square=True):

    def if_true():
        result = scale * jnp.sum(x * x)
        return result

    def if_false():
        result = scale * jnp.sum(jnp.sin(x))
        return result
    result = cond(square, if_true, if_false)

    def if_true_2():
        x_bar = scale * x
        x_bar = x_bar + x_bar
        return x_bar

    def if_false_2():
        x_bar = scale * jnp.cos(x)
        return x_bar
    x_bar = cond(square, if_true_2, if_false_2, cotangents=(0,))
    return result, x_bar
