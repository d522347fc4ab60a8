# s2s show ../../tests/cases/shapes.py::array_from_arrays --wrt 0,1 --backend jax
def array_from_arrays_grad(x, y):
    m = jnp.array([x, y * 2.0])
    m_bar = 3.0 * m ** 2
    x_bar = m_bar[0]
    y_bar = m_bar[1] * 2.0
    return x_bar, y_bar
