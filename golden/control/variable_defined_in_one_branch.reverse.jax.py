# s2s show ../../tests/cases/control.py::variable_defined_in_one_branch --wrt 0 --backend jax
def variable_defined_in_one_branch_grad(x, flag):

    def if_true():
        y = x * 2.0
        return y

    def if_false():
        return None
    y = cond(flag, if_true, if_false)

    def if_true_2():
        y_bar = 2.0 * y
        return y_bar, 1.0

    def if_false_2():
        return None, 1.0
    y_bar, z_bar = cond(flag, if_true_2, if_false_2, cotangents=(0, 1))

    def if_true_3():
        x_bar = z_bar + y_bar * 2.0
        return x_bar

    def if_false_3():
        return broadcast_like(z_bar, x)
    x_bar = cond(flag, if_true_3, if_false_3, cotangents=(0,))
    return x_bar
