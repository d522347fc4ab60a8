# s2s show ../../tests/cases/comprehensions.py::mean_of_norms --mode forward --wrt 0
def mean_of_norms_jvp(points, points_dot):
    norms = []
    norms_dot = zeros_like(norms)
    for i in range(len(points)):
        p = points[i]
        p_dot = points_dot[i]
        t1 = np.sqrt(np.sum(p ** 2) + 0.001)
        norms.append(t1)
        norms_dot.append(np.sum(p_dot * 2 * p) / (2 * t1))
    n = len(norms)
    total, total_dot = 0, 0.0
    for i1 in range(n):
        item = norms[i1]
        item_dot = norms_dot[i1]
        total = total + item
        total_dot = total_dot + item_dot
    return total / n, total_dot / n
