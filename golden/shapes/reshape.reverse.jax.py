# s2s show tests/cases/shapes.py::reshape --wrt 0,1 --backend jax
def reshape_grad(x, w):
    t1 = jnp.reshape(x, (4, 3))
    t2 = t1 * w
    t3 = broadcast_like(1.0, t2)
    w_bar = t3 * t1
    x_bar = reshape_like(unbroadcast(t3 * w, t1), x)
    w_bar = unbroadcast(w_bar, w)
    return jnp.sum(t2), x_bar, w_bar
