# s2s show ../../tests/cases/control.py::list_append_then_stack --wrt 0 --backend jax
def list_append_then_stack_grad(x):
    tape = []
    out = []
    r = range(len(x))
    for i in r:
        row = x[i]
        out.append(jnp.sum(row ** 2))
        tape.append(row)
    out.append(x[0, 0])
    out_bar = unstack(unbroadcast(jnp.arange(1.0, 5.0), jnp.stack(out)), out)
    t1 = out_bar[-1]
    out_bar = out_bar[:-1]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, (0, 0), t1)
    for i1 in reversed(r):
        row = tape.pop()
        t2 = out_bar[-1]
        out_bar = out_bar[:-1]
        row_bar = t2 * 2 * row
        x_bar = add_at(x_bar, i1, row_bar)
    return x_bar
