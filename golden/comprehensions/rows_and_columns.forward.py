# s2s show ../../tests/cases/comprehensions.py::rows_and_columns --mode forward --wrt 0
def rows_and_columns_jvp(A, A_dot):
    rows = []
    t1 = np.shape(A)
    rows_dot = zeros_like(rows)
    for i in range(t1[0]):
        t2 = A[i]
        rows.append(np.sum(t2 ** 2))
        rows_dot.append(np.sum(A_dot[i] * 2 * t2))
    cols = []
    cols_dot = zeros_like(cols)
    for j in range(t1[1]):
        t3 = A[:, j]
        t4 = np.max(t3)
        cols.append(t4)
        cols_dot.append(np.sum(A_dot[:, j] * unreduce_extremum(1.0, t3, t4)))
    total, total_dot = 0, 0.0
    for i1 in range(len(rows)):
        item = rows[i1]
        item_dot = rows_dot[i1]
        total = total + item
        total_dot = total_dot + item_dot
    total_1, total_1_dot = 0, 0.0
    for i2 in range(len(cols)):
        item = cols[i2]
        item_dot = cols_dot[i2]
        total_1 = total_1 + item
        total_1_dot = total_1_dot + item_dot
    return total + total_1, total_dot + total_1_dot
