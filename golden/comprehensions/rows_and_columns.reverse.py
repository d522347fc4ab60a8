# s2s show ../../tests/cases/comprehensions.py::rows_and_columns --mode reverse --wrt 0
def rows_and_columns_grad(A):
    rows = []
    t1 = np.shape(A)
    r = range(t1[0])
    t2 = rowwise(np.power, A, 2)
    for i in r:
        rows.append(np.sum(t2[i]))
    cols = []
    r1 = range(t1[1])
    t1_all, t1_all1 = rows_for(r1), rows_for(r1)
    for j in r1:
        t3 = A[:, j]
        t4 = np.max(t3)
        cols.append(t4)
        t1_all.append(t3)
        t1_all1.append(t4)
    cols_bar = zeros_like(cols)
    for i1 in reversed(range(len(cols))):
        item = cols[i1]
        cols_bar = add_into(cols_bar, i1, unbroadcast(1.0, item))
    rows_bar = zeros_like(rows)
    for i2 in reversed(range(len(rows))):
        item = rows[i2]
        rows_bar = add_into(rows_bar, i2, unbroadcast(1.0, item))
    A_bar = zeros_like(A)
    for j in reversed(r1):
        t4_bar = cols_bar[-1]
        cols_bar = cols_bar[:-1]
        A_bar = add_into(A_bar, np.s_[:, j], unreduce_extremum(t4_bar, t1_all[j], t1_all1[j]))
    for i in reversed(r):
        t5 = rows_bar[-1]
        rows_bar = rows_bar[:-1]
        A_bar = add_into(A_bar, i, t5 * 2 * A[i])
    return A_bar
