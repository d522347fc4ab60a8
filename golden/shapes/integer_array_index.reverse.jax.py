# s2s show tests/cases/shapes.py::integer_array_index --wrt 0 --backend jax
def integer_array_index_grad(x):
    t1 = x[IDX]
    t2 = array_([4, 4, 1])
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, t2, 3.0)
    x_bar = add_at(x_bar, IDX, 2.0 * t1)
    return jnp.sum(t1 ** 2) + jnp.sum(x[t2] * 3.0), x_bar
