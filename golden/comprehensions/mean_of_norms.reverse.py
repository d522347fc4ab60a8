# s2s show tests/cases/comprehensions.py::mean_of_norms --mode reverse --wrt 0
def mean_of_norms_grad(points):
    norms = []
    r = range(len(points))
    t1 = rowwise(np.power, points, 2)
    t1_all = []
    for i in r:
        t2 = np.sqrt(np.sum(t1[i]) + 0.001)
        norms.append(t2)
        t1_all.append(t2)
    n = len(norms)
    r1 = range(n)
    total = 0
    for i1 in r1:
        item = norms[i1]
        total = total + item
    total_bar = 1.0 / n
    norms_bar = zeros_like(norms)
    for i2 in reversed(r1):
        item = norms[i2]
        norms_bar = add_into(norms_bar, i2, unbroadcast(total_bar, item))
    points_bar = zeros_like(points)
    t3 = rowwise(np.multiply, 2, stack_rows(t1_all), rows=1)
    for i3 in reversed(r):
        p = points[i3]
        t2_bar = norms_bar[-1]
        norms_bar = norms_bar[:-1]
        p_bar = t2_bar / t3[i3] * 2 * p
        points_bar = add_into(points_bar, i3, p_bar)
    return total / n, points_bar
