# s2s show ../../tests/cases/calls.py::call_with_control_flow --wrt 0 --backend jax
def call_with_control_flow_grad(x):
    t1 = jnp.sum(x) > 0

    def if_true():
        result = x * 2.0
        return result

    def if_false():
        result = -x
        return result
    result = cond(t1, if_true, if_false)

    def if_true_2():
        x_bar = result + x * 2.0
        return x_bar

    def if_false_2():
        x_bar = result - x
        return x_bar
    x_bar = cond(t1, if_true_2, if_false_2, cotangents=(0,))
    return x_bar
