# s2s show ../../tests/cases/shapes.py::chained_indexing --wrt 0 --backend jax
def chained_indexing_grad(x, j):
    t1 = x[1]
    t2 = t1[2]
    t3 = x[0]
    t4 = t3[j]
    t5 = x[2]
    t6 = t5[1:]
    t7 = x[:, j]
    t8 = j + 1
    t9 = x[:, t8]
    t10 = t2 * t4 + jnp.sum(t6 ** 2) + jnp.sum(t7 * t9)
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[:, t8], unbroadcast(t7, t9))
    x_bar = add_at(x_bar, jnp.s_[:, j], unbroadcast(t9, t7))
    t5_bar = zeros_like(t5)
    t5_bar1 = add_at(t5_bar, jnp.s_[1:], 2.0 * t6)
    x_bar = add_at(x_bar, 2, t5_bar1)
    t3_bar = zeros_like(t3)
    t3_bar1 = add_at(t3_bar, j, t2)
    x_bar = add_at(x_bar, 0, t3_bar1)
    t1_bar = zeros_like(t1)
    t1_bar1 = add_at(t1_bar, 2, t4)
    x_bar = add_at(x_bar, 1, t1_bar1)
    return t10, x_bar
