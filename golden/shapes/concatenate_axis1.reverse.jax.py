# s2s show ../../tests/cases/shapes.py::concatenate_axis1 --wrt 0,1 --backend jax
def concatenate_axis1_grad(x, y, w):
    t1 = [x, y]
    t1_bar = unconcatenate(unbroadcast(w, jnp.concatenate(t1, axis=1)), t1, axis=1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    return x_bar, y_bar
