# s2s show tests/cases/control.py::variable_defined_in_one_branch --wrt 0 --backend jax
def variable_defined_in_one_branch_grad(x, flag):

    def if_true():
        y = x * 2.0
        return y

    def if_false():
        return None
    y = cond(flag, if_true, if_false)
    z = jnp.sum(x)

    def if_true_2():
        t1 = jnp.sum(y ** 2)
        result = z + t1
        return result, t1

    def if_false_2():
        return z, None
    result, t1 = cond(flag, if_true_2, if_false_2)

    def if_true_3():
        y_bar = unbroadcast(1.0, t1) * 2 * y
        return y_bar, 1.0

    def if_false_3():
        return None, 1.0
    y_bar, z_bar = cond(flag, if_true_3, if_false_3, cotangents=(0, 1))
    t2 = unbroadcast(z_bar, z)

    def if_true_4():
        x_bar = t2 + y_bar * 2.0
        return x_bar

    def if_false_4():
        return broadcast_like(t2, x)
    x_bar = cond(flag, if_true_4, if_false_4, cotangents=(0,))
    return result, x_bar
