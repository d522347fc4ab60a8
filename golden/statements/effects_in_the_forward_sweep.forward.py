# s2s show ../../tests/cases/statements.py::effects_in_the_forward_sweep --mode forward --wrt 0
def effects_in_the_forward_sweep_jvp(x, k, x_dot):
    print('evaluating with k =', k)
    y = np.sin(x) * k
    y_dot = x_dot * np.cos(x) * k
    loss = np.sum(y ** 2)
    loss_dot = np.sum(y_dot * 2 * y)
    print_formatted('loss {:.3f} over {} points', loss, np.shape(x)[0])
    assert_(np.all(np.isfinite(y)), 'non-finite values')
    if loss > 1000000.0:
        raise_(ValueError('diverged'))
    for i in range(2):
        print('halving, step', i)
        y = y * 0.5
        y_dot = y_dot * 0.5
    return np.sum(y) + loss, np.sum(y_dot) + loss_dot
