# s2s show ../../tests/cases/comprehensions.py::mean_of_norms --mode reverse --wrt 0
def mean_of_norms_grad(points):
    norms = []
    r = range(len(points))
    t1 = rowwise(np.power, points, 2)
    t1_all = rows_for(r)
    for i in r:
        t2 = np.sqrt(np.sum(t1[i]) + 0.001)
        norms.append(t2)
        t1_all.append(t2)
    n = len(norms)
    total_bar = 1.0 / n
    norms_bar = zeros_like(norms)
    for i1 in reversed(range(n)):
        item = norms[i1]
        norms_bar = add_into(norms_bar, i1, unbroadcast(total_bar, item))
    points_bar = zeros_like(points)
    t3 = rowwise(np.multiply, 2, stack_rows(t1_all), rows=1, overwrite=True)
    for i2 in reversed(r):
        p = points[i2]
        t2_bar = norms_bar[-1]
        norms_bar = norms_bar[:-1]
        p_bar = t2_bar / t3[i2] * 2 * p
        points_bar = add_into(points_bar, i2, p_bar)
    return points_bar
