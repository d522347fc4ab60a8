# s2s show ../../tests/cases/shapes.py::reshape --wrt 0,1 --backend jax
def reshape_grad(x, w):
    t1 = jnp.reshape(x, (4, 3))
    x_bar = reshape_like(unbroadcast(w, t1), x)
    w_bar = unbroadcast(t1, w)
    return x_bar, w_bar
