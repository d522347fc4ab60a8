# s2s show ../../tests/cases/comprehensions.py::gram_matrix_literal --mode reverse --wrt 0
def gram_matrix_literal_grad(v):
    tape = []
    items = []
    r = range(3)
    for i in r:
        items2 = []
        t1 = v[i]
        for j in r:
            t2 = v[j]
            items2 = list(items2)
            items2.append(t1 * t2)
            tape.append(t2)
        items.append(items2)
    G = np.array(items)
    G_bar = matmul_vjp_lhs(1.0, G, G)
    G_bar = G_bar + matmul_vjp_rhs(1.0, G, G)
    v_bar = zeros_like(v)
    for i in reversed(r):
        t3 = v[i]
        items2_bar = G_bar[-1]
        G_bar = G_bar[:-1]
        t4 = rows_for(r, reverse=True)
        for j in reversed(r):
            t2 = tape.pop()
            t5 = items2_bar[-1]
            items2_bar = items2_bar[:-1]
            v_bar = add_into(v_bar, j, unbroadcast(t5 * t3, t2))
            t4.append(t5 * t2)
        v_bar = add_into(v_bar, i, unbroadcast_sum(stack_rows(t4), t3))
    return v_bar
