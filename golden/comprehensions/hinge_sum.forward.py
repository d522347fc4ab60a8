# s2s show ../../tests/cases/comprehensions.py::hinge_sum --mode forward --wrt 0
def hinge_sum_jvp(margins, margins_dot):
    terms, terms_dot = 0, 0.0
    for i in range(len(margins)):
        m = margins[i]
        m_dot = margins_dot[i]
        if m < 1.0:
            terms_1 = terms + (1.0 - m)
            terms_1_dot = terms_dot - m_dot
            terms, terms_dot = terms_1, terms_1_dot
    return terms, terms_dot
