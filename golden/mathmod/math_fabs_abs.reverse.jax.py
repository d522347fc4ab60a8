# s2s show ../../tests/cases/mathmod.py::math_fabs_abs --wrt 0,1 --backend jax
def math_fabs_abs_grad(a, b):
    t1 = a - 2.0
    b_bar = a * jnp.sign(b)
    b_bar = b_bar + jnp.abs(t1)

    def if_true():
        return jnp.copysign(1.0, t1)

    def if_false():
        return 0.0
    t2 = cond(t1, if_true, if_false)
    a_bar = abs(b) + b * t2
    return a_bar, b_bar
