# s2s show ../../tests/cases/comprehensions.py::hinge_sum --mode reverse --wrt 0
def hinge_sum_grad(margins):
    r = range(len(margins))
    t1 = rows_for(r)
    for i in r:
        m = margins[i]
        t1.append(m < 1.0)
    margins_bar = zeros_like(margins)
    terms_bar = 1.0
    for i1 in reversed(r):
        m = margins[i1]
        if t1[i1]:
            m_bar = -terms_bar
        else:
            m_bar = zeros_like(m)
        margins_bar = add_into(margins_bar, i1, unbroadcast(m_bar, m))
    return margins_bar
