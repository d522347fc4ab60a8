# s2s show ../../tests/cases/closures.py::global_array --wrt 0 --backend jax
def global_array_grad(x):
    h = x @ W_FIXED

    def if_true():
        h_1 = h + BIAS
        return h_1

    def if_false():
        return h
    h_1 = cond(USE_BIAS, if_true, if_false)
    h_bar = 1 - jnp.tanh(h_1) ** 2

    def if_true_2():
        return h_bar

    def if_false_2():
        return h_bar
    h_bar = cond(USE_BIAS, if_true_2, if_false_2, cotangents=(0,))
    x_bar = matmul_vjp_lhs(h_bar, x, W_FIXED)
    return x_bar
