# s2s show ../../tests/cases/control.py::if_else_on_data --wrt 0 --backend jax
def if_else_on_data_grad(x):
    t1 = jnp.sum(x) > 0

    def if_true():
        y = x * 2.0
        return y

    def if_false():
        y = jnp.sin(x)
        return y
    y = cond(t1, if_true, if_false)
    y_bar = y + y

    def if_true_2():
        x_bar = y_bar * 2.0
        return x_bar

    def if_false_2():
        x_bar = y_bar * jnp.cos(x)
        return x_bar
    x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0,))
    return x_bar
