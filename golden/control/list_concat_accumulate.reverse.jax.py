# s2s show ../../tests/cases/control.py::list_concat_accumulate --wrt 0 --backend jax
def list_concat_accumulate_grad(x):
    out = []
    r = range(3)

    def for_body(carry, i):
        out, = carry
        t1 = x[i]
        t2 = i + 1.0
        out_1 = out + [t1 * t2]
        return (out_1,), (t1, t2, out)
    (out,), tape = scan(for_body, (out,), r)
    out_bar = zeros_like(out)
    out_bar = add_at(out_bar, 1, 1.0)
    out_bar = add_at(out_bar, 0, out[-1])
    out_bar = add_at(out_bar, -1, out[0])
    x_bar = zeros_like(x)

    def for_body_2(carry, step):
        out_bar, x_bar = carry
        i, (t1, t2, out) = step
        t3 = len(out)
        out_bar_1 = out_bar[:t3]
        x_bar = add_at(x_bar, i, unbroadcast(out_bar[t3:][0] * t2, t1))
        return (out_bar_1, x_bar), None
    (out_bar, x_bar), _ = scan(for_body_2, (out_bar, x_bar), (r, tape), reverse=True)
    return x_bar
