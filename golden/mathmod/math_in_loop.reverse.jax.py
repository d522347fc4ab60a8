# s2s show ../../tests/cases/mathmod.py::math_in_loop --wrt 0,1 --backend jax
def math_in_loop_grad(a, b):
    r = range(3)
    a_1 = a

    def for_body(carry, _):
        a_1, = carry
        a_2 = jnp.sin(a_1) + b
        return (a_2,), a_1
    (a_1,), tape = scan(for_body, (a_1,), r)
    a_1_bar = 1.0

    def for_body_2(carry, step):
        a_1_bar, = carry
        _, a_1 = step
        a_1_bar_1 = a_1_bar * jnp.cos(a_1)
        return (a_1_bar_1,), a_1_bar
    (a_1_bar,), a_bar_all = scan(for_body_2, (a_1_bar,), (r, tape), reverse=True)
    b_bar = unbroadcast_sum(a_bar_all, b)
    a_bar = unbroadcast(a_1_bar, a)
    return a_bar, b_bar
