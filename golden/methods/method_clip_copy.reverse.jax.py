# s2s show ../../tests/cases/methods.py::method_clip_copy --wrt 0 --backend jax
def method_clip_copy_grad(x):
    y = jnp.copy(x)
    y_bar = x * clip_inside(y, -0.5, 0.5)
    y_bar = unbroadcast(y_bar, y)
    x_bar = unbroadcast(jnp.clip(y, -0.5, 0.5), x) + y_bar
    return x_bar
