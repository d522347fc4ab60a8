# s2s show tests/cases/shapes.py::stack --wrt 0,1 --backend jax
def stack_grad(x, y, w):
    t1 = [x, y, x * y]
    t2 = jnp.stack(t1)
    t3 = t2 * w
    t1_bar = unstack(unbroadcast(broadcast_like(1.0, t3) * w, t2), t1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    t4 = t1_bar[2]
    x_bar = x_bar + unbroadcast(t4 * y, x)
    y_bar = y_bar + unbroadcast(t4 * x, y)
    return jnp.sum(t3), x_bar, y_bar
