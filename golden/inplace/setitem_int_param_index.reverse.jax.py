# s2s show ../../tests/cases/inplace.py::setitem_int_param_index --wrt 0 --backend jax
def setitem_int_param_index_grad(x, k):
    y = jnp.zeros(4)
    t1 = x[0]
    y = y.at[k].set(t1)
    t2 = k - 1
    t3 = y[t2]
    t4 = x[k]
    t5 = x[1]
    t6 = t3 + t4 * t5
    y = y.at[t2].set(t6)
    t7 = unbroadcast(x, y)
    t6_bar = unsetitem(t7, t6, t2)
    y_bar = setitem(t7, t2, 0.0)
    t8 = unbroadcast(y, x)
    x_bar = add_at(t8, 1, unbroadcast(t6_bar * t4, t5))
    x_bar = add_at(x_bar, k, unbroadcast(t6_bar * t5, t4))
    y_bar = y_bar.at[t2].add(unbroadcast(t6_bar, t3))
    x_bar = add_at(x_bar, 0, unsetitem(y_bar, t1, k))
    return x_bar
