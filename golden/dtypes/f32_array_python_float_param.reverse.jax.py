# s2s show ../../tests/cases/dtypes.py::f32_array_python_float_param --wrt 0,1 --backend jax
def f32_array_python_float_param_grad(x, s):
    s_bar = s + s
    s_bar = s_bar + unbroadcast(jnp.sin(x), s)
    x_bar = s * jnp.cos(x)
    return x_bar, s_bar
