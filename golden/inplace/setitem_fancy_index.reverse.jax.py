# s2s show ../../tests/cases/inplace.py::setitem_fancy_index --wrt 0 --backend jax
def setitem_fancy_index_grad(x):
    y = jnp.zeros(5)
    t1 = array_([0, 2, 4])
    t2 = x[:3]
    t3 = t2 ** 2
    y = y.at[t1].set(t3)
    t4 = array_([1, 1])
    t5 = y[t4]
    t6 = x[3]
    t7 = t5 + t6
    y = y.at[t4].set(t7)
    t8 = unbroadcast(jnp.arange(1.0, 6.0), y)
    t7_bar = unsetitem(t8, t7, t4)
    y_bar = t8.at[t4].set(0.0)
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, 3, unbroadcast(t7_bar, t6))
    y_bar = y_bar.at[t4].add(unbroadcast(t7_bar, t5))
    x_bar = add_at(x_bar, jnp.s_[:3], unsetitem(y_bar, t3, t1) * 2 * t2)
    return x_bar
