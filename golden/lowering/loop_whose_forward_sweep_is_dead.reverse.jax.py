# s2s show ../../tests/cases/lowering.py::loop_whose_forward_sweep_is_dead --mode reverse --wrt 0 --backend jax
def loop_whose_forward_sweep_is_dead_grad(a, n):
    r = range(n)

    def for_body(carry, _):
        a, = carry
        a_1 = a * a
        return (a_1,), a
    (a,), tape = scan(for_body, (a,), r)
    a_bar = 1.0

    def for_body_2(carry, _):
        a_bar, = carry
        a_bar = a_bar * 3.0
        return (a_bar,), None
    (a_bar,), _ = scan(for_body_2, (a_bar,), range(n + 1), reverse=True)
    a_bar = a_bar * 2.0

    def for_body_3(carry, step):
        a_bar, = carry
        _, a = step
        a_bar = a_bar * a
        a_bar = a_bar + a_bar
        return (a_bar,), None
    (a_bar,), _ = scan(for_body_3, (a_bar,), (r, tape), reverse=True)
    return a_bar
