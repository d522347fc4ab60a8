# s2s show ../../tests/cases/methods.py::shape_for_sizes --wrt 0 --backend jax
def shape_for_sizes_grad(x):
    t1 = jnp.shape(x)
    n, m = t1
    t2 = n - 1
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, t2, broadcast_like(t1[1], x[t2]))
    x_bar = x_bar + 1.0 / (n * m)
    return x_bar
