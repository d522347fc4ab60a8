# s2s show ../../tests/cases/statements.py::effects_in_the_forward_sweep --mode reverse --wrt 0
def effects_in_the_forward_sweep_grad(x, k=2):
    print('evaluating with k =', k)
    y = np.sin(x) * k
    t1 = y ** 2
    loss = np.sum(t1)
    print_formatted('loss {:.3f} over {} points', loss, np.shape(x)[0])
    assert_(np.all(np.isfinite(y)), 'non-finite values')
    if loss > 1000000.0:
        raise_(ValueError('diverged'))
    r = range(2)
    for i in r:
        print('halving, step', i)
    y_bar = broadcast_like(1.0, t1)
    for _ in reversed(r):
        y_bar = y_bar * 0.5
    y_bar = y_bar + 2.0 * y
    x_bar = y_bar * k * np.cos(x)
    x_bar = unbroadcast(x_bar, x)
    return x_bar
