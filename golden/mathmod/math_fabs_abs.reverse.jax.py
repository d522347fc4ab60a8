# s2s show ../../tests/cases/mathmod.py::math_fabs_abs --wrt 0,1 --backend jax
def math_fabs_abs_grad(a, b):
    t1 = a - 2.0
    t2 = jnp.abs(t1)
    t3 = abs(b)
    b_bar = a * jnp.sign(b)
    b_bar = b_bar + t2

    def if_true():
        return jnp.copysign(1.0, t1)

    def if_false():
        return 0.0
    t4 = cond(t1, if_true, if_false)
    a_bar = t3 + b * t4
    return t2 * b + t3 * a, a_bar, b_bar
