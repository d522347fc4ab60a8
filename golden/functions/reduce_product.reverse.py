# s2s show ../../tests/cases/functions.py::reduce_product --mode reverse --wrt 0
def reduce_product_grad(x):
    acc = x[0]
    t1 = x[1:]
    r = range(len(t1))
    acc_all = rows_for(r)
    acc_1 = acc
    for i in r:
        item = t1[i]
        acc_2 = acc_1 * item
        acc_all.append(acc_1)
        acc_1 = acc_2
    acc_1_bar, t1_bar = 1.0, zeros_like(t1)
    for i1 in reversed(r):
        acc_1 = acc_all[i1]
        item = t1[i1]
        acc_1_bar_1 = acc_1_bar * item
        item_bar = acc_1_bar * acc_1
        t1_bar = add_into(t1_bar, i1, unbroadcast(item_bar, item))
        acc_1_bar = acc_1_bar_1
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[1:], t1_bar)
    x_bar = add_into(x_bar, 0, unbroadcast(acc_1_bar, acc))
    return x_bar
