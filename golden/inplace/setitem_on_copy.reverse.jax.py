# s2s show ../../tests/cases/inplace.py::setitem_on_copy --wrt 0 --backend jax
def setitem_on_copy_grad(x):
    y = jnp.copy(x)
    y = y.at[0].set(0.0)
    t1 = y[2] * 3.0
    y = y.at[2].set(t1)
    y_bar = y + y
    t1_bar = unbroadcast(jnp.copy(y_bar[2]), t1)
    y_bar = y_bar.at[2].set(0.0)
    y_bar = y_bar.at[2].add(t1_bar * 3.0)
    y_bar = y_bar.at[0].set(0.0)
    return y_bar
