# s2s show ../../tests/cases/shapes.py::reverse_slice --wrt 0 --backend jax
def reverse_slice_grad(x):
    t1 = x[::-1]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[3:0:-1], 2.0 * x[3:0:-1])
    x_bar = x_bar + unbroadcast(t1, x)
    x_bar = add_at(x_bar, jnp.s_[::-1], unbroadcast(x, t1))
    return x_bar
