# s2s show ../../tests/cases/reductions.py::layer_norm_like --mode reverse --wrt 0,1
def layer_norm_like_grad(x, w):
    t1 = x * w
    m = np.mean(t1, axis=1, keepdims=True)
    t2 = x - m
    t2_bar = unbroadcast(w * 2 * t2, t2)
    t1_bar = -unbroadcast(t2_bar, m) / (np.size(t1) / np.size(m))
    x_bar = unbroadcast(t2_bar, x) + unbroadcast(t1_bar * w, x)
    w_bar = unbroadcast(t2 ** 2, w) + unbroadcast(t1_bar * x, w)
    return x_bar, w_bar
