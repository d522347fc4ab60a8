# s2s show tests/cases/control.py::while_counter --wrt 0 --backend jax
def while_counter_grad(x):
    tape = []
    i, y, steps = 0, x, 0
    while i < 4:
        y_1 = jnp.sin(y) + x
        i = i + 1
        tape.append(y)
        y, steps = y_1, steps + 1
    t1 = jnp.sum(y)
    y_bar_all = []
    y_bar = broadcast_like(1.0, y)
    for _ in range(steps):
        y = tape.pop()
        y_bar_1 = y_bar * jnp.cos(y)
        y_bar_all.append(y_bar)
        y_bar = y_bar_1
    x_bar = unbroadcast_sum(y_bar_all, x)
    x_bar = x_bar + unbroadcast(y_bar, x)
    return t1, x_bar
