# s2s show tests/cases/dtypes.py::f32_array_python_float_param --wrt 0,1 --backend jax
def f32_array_python_float_param_grad(x, s):
    t1 = jnp.sin(x)
    t2 = t1 * s
    s_bar = s + s
    t3 = broadcast_like(1.0, t2)
    s_bar = s_bar + unbroadcast(t3 * t1, s)
    x_bar = t3 * s * jnp.cos(x)
    x_bar = unbroadcast(x_bar, x)
    return jnp.sum(t2) + s * s, x_bar, s_bar
