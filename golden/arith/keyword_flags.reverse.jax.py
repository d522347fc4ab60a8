# s2s show ../../tests/cases/arith.py::keyword_flags --wrt 0 --backend jax
def keyword_flags_grad(x, scale=2.0, square=True):

    def if_true():
        x_bar = scale * x
        x_bar = x_bar + x_bar
        return x_bar

    def if_false():
        x_bar = scale * jnp.cos(x)
        return x_bar
    x_bar = cond(square, if_true, if_false, cotangents=(0,))
    return x_bar
