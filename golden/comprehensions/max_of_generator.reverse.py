# s2s show ../../tests/cases/comprehensions.py::max_of_generator --mode reverse --wrt 0
def max_of_generator_grad(x):
    items = []
    r = range(len(x))
    t1 = rowwise(np.log, x)
    for i in r:
        items.append(t1[i])
    acc = items[0]
    t2 = items[1:]
    r1 = range(len(t2))
    acc_all = rows_for(r1)
    for i1 in r1:
        item = t2[i1]
        acc_1 = max(acc, item)
        acc_all.append(acc)
        acc = acc_1
    items_1 = []
    t3 = rowwise(np.multiply, x, 2.0)
    for i2 in r:
        items_1.append(t3[i2])
    acc = items_1[0]
    t4 = items_1[1:]
    r2 = range(len(t4))
    acc_all_1 = rows_for(r2)
    for i3 in r2:
        item = t4[i3]
        acc_1 = min(acc, item)
        acc_all_1.append(acc)
        acc = acc_1
    acc_bar, t4_bar = 1.0, zeros_like(t4)
    for i4 in reversed(r2):
        acc = acc_all_1[i4]
        item = t4[i4]
        t5 = acc <= item
        if t5:
            acc_bar_1 = acc_bar
        else:
            acc_bar_1 = 0.0
        if t5:
            acc_bar = 0.0
        t4_bar = add_into(t4_bar, i4, acc_bar)
        acc_bar = acc_bar_1
    items_1_bar = zeros_like(items_1)
    items_1_bar = add_into(items_1_bar, np.s_[1:], t4_bar)
    items_1_bar = add_into(items_1_bar, 0, acc_bar)
    x_bar = zeros_like(x)
    for i5 in reversed(r):
        t7 = items_1_bar[-1]
        items_1_bar = items_1_bar[:-1]
        v_bar = t7 * 2.0
        x_bar = add_into(x_bar, i5, v_bar)
    acc_bar, t2_bar = 1.0, zeros_like(t2)
    for i6 in reversed(r1):
        acc = acc_all[i6]
        item = t2[i6]
        t6 = acc >= item
        if t6:
            acc_bar_1 = acc_bar
        else:
            acc_bar_1 = 0.0
        if t6:
            acc_bar = 0.0
        t2_bar = add_into(t2_bar, i6, acc_bar)
        acc_bar = acc_bar_1
    items_bar = zeros_like(items)
    items_bar = add_into(items_bar, np.s_[1:], t2_bar)
    items_bar = add_into(items_bar, 0, acc_bar)
    for i7 in reversed(r):
        v = x[i7]
        t8 = items_bar[-1]
        items_bar = items_bar[:-1]
        v_bar = t8 / v
        x_bar = add_into(x_bar, i7, v_bar)
    return x_bar
