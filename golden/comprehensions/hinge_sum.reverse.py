# s2s show tests/cases/comprehensions.py::hinge_sum --mode reverse --wrt 0
def hinge_sum_grad(margins):
    r = range(len(margins))
    terms, t1 = 0, []
    for i in r:
        m = margins[i]
        t2 = m < 1.0
        if t2:
            terms_1 = terms + (1.0 - m)
            terms = terms_1
        t1.append(t2)
    margins_bar = zeros_like(margins)
    terms_bar = 1.0
    for i1 in reversed(r):
        m = margins[i1]
        if t1[i1]:
            m_bar = -terms_bar
        else:
            m_bar = zeros_like(m)
        margins_bar = add_into(margins_bar, i1, unbroadcast(m_bar, m))
    return terms, margins_bar
