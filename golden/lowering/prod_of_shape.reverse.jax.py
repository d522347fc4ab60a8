# s2s show ../../tests/cases/lowering.py::prod_of_shape --mode reverse --wrt 0 --backend jax
def prod_of_shape_grad(x):
    t1 = jnp.shape(x)
    n = np.prod(t1[1:])
    x_bar = reshape_like(2.0 * jnp.reshape(x, (t1[0], n)), x)
    return x_bar
