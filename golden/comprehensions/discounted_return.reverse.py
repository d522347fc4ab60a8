# s2s show tests/cases/comprehensions.py::discounted_return --mode reverse --wrt 0
def discounted_return_grad(rewards):
    r = range(len(rewards))
    terms, t2 = 0, []
    for i in r:
        t1 = 0.9 ** i
        terms = terms + t1 * rewards[i]
        t2.append(t1)
    rewards_bar = zeros_like(rewards)
    for i1 in reversed(r):
        rewards_bar = add_into(rewards_bar, i1, unbroadcast(t2[i1], rewards[i1]))
    return terms, rewards_bar
