# s2s show ../../tests/cases/control.py::collected_then_reread --mode reverse --wrt 0 --backend jax
def collected_then_reread_grad(x):
    tape1 = []
    squashed = []
    r = range(len(x))
    for i1 in r:
        row = x[i1]
        t1 = jnp.tanh(row)
        squashed.append(t1)
        tape1.append(t1)

    def for_body(carry, i):
        t2 = squashed[i]
        return (), (t2, jnp.cos(t2), x[i])
    (), tape = scan(for_body, (), r)
    squashed_bar = zeros_like(squashed)
    x_bar = zeros_like(x)
    total_bar = 1.0

    def for_body_2(carry, step):
        total_bar, squashed_bar, x_bar = carry
        i, (t2, t3, t4) = step
        x_bar = add_at(x_bar, i, unbroadcast(total_bar * t3, t4))
        squashed_bar = add_at(squashed_bar, i, -unbroadcast(total_bar * t4 * jnp.sin(t2), t2))
        total_bar = total_bar * 0.9
        return (total_bar, squashed_bar, x_bar), None
    (total_bar, squashed_bar, x_bar), _ = scan(for_body_2, (total_bar, squashed_bar, x_bar), (r, tape), reverse=True)
    for i2 in reversed(r):
        t1 = tape1.pop()
        t1_bar = squashed_bar[-1]
        squashed_bar = squashed_bar[:-1]
        row_bar = t1_bar * (1 - t1 ** 2)
        x_bar = add_at(x_bar, i2, row_bar)
    return x_bar
