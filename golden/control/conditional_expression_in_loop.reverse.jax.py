# s2s show ../../tests/cases/control.py::conditional_expression_in_loop --wrt 0 --backend jax
def conditional_expression_in_loop_grad(x):
    tape = []
    tape1 = []
    tape2 = []
    r = range(4)
    for i in r:
        t1 = i % 2 == 0
        if t1:
            tape.append(x[i])
        else:
            tape1.append(x[i])
        tape2.append(t1)
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1 = tape2.pop()
        if t1:
            t2 = tape.pop()
            x_bar_1 = add_at(x_bar, i, unbroadcast(2.0, t2))
            x_bar = x_bar_1
        else:
            t3 = tape1.pop()
            x_bar = add_at(x_bar, i, unbroadcast(jnp.cos(t3), t3))
    return x_bar
