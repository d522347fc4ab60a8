# s2s show ../../tests/cases/comprehensions.py::discounted_return --mode reverse --wrt 0
def discounted_return_grad(rewards):
    r = range(len(rewards))
    t1 = rows_for(r)
    for i in r:
        t1.append(0.9 ** i)
    rewards_bar = zeros_like(rewards)
    for i1 in reversed(r):
        rewards_bar = add_into(rewards_bar, i1, unbroadcast(t1[i1], rewards[i1]))
    return rewards_bar
