# s2s show ../../tests/cases/arith.py::broadcast_3d --wrt 0,1,2 --backend jax
def broadcast_3d_grad(x, c, r):
    t1 = x * c + r
    t1_bar = r * jnp.cos(t1)
    r_bar = unbroadcast(jnp.sin(t1), r) + unbroadcast(t1_bar, r)
    x_bar = t1_bar * c
    c_bar = t1_bar * x
    x_bar = unbroadcast(x_bar, x)
    c_bar = unbroadcast(c_bar, c)
    return x_bar, c_bar, r_bar
