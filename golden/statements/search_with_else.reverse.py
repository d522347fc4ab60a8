# s2s show ../../tests/cases/statements.py::search_with_else --mode reverse --wrt 0
def search_with_else_grad(x):
    tape = []
    n = len(x)
    broke, i, steps = False, 0, 0
    while i < n and (not broke):
        v = x[i]
        i_1 = i + 1
        t1 = v > 2.5
        if t1:
            broke = True
        tape.append((t1, i, v))
        i, steps = i_1, steps + 1
    if not broke:
        total_bar = 0.5
    else:
        total_bar = 1.0
    x_bar = zeros_like(x)
    for _ in range(steps):
        t1, i, v = tape.pop()
        if t1:
            v_bar = total_bar
        else:
            v_bar = total_bar * 2 * v
        x_bar = add_into(x_bar, i, unbroadcast(v_bar, v))
    return x_bar
