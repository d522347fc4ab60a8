# s2s show ../../tests/cases/calls.py::call_result_indexed --wrt 0 --backend jax
def call_result_indexed_grad(x):
    t1 = x[1:]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[1:], broadcast_like(x[0], t1))
    x_bar = add_at(x_bar, 0, jnp.sum(t1))
    return x_bar
