# s2s show ../../tests/cases/comprehensions.py::discounted_return --mode forward --wrt 0
def discounted_return_jvp(rewards, rewards_dot):
    terms, terms_dot = 0, 0.0
    for i in range(len(rewards)):
        t1 = 0.9 ** i
        terms = terms + t1 * rewards[i]
        terms_dot = terms_dot + t1 * rewards_dot[i]
    return terms, terms_dot
