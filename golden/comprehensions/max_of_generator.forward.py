# s2s show ../../tests/cases/comprehensions.py::max_of_generator --mode forward --wrt 0
def max_of_generator_jvp(x, x_dot):
    items = []
    r = range(len(x))
    items_dot = zeros_like(items)
    for i in r:
        v = x[i]
        v_dot = x_dot[i]
        items.append(np.log(v))
        items_dot.append(v_dot / v)
    acc = items[0]
    acc_dot = items_dot[0]
    t1 = items[1:]
    t1_dot = items_dot[1:]
    for i1 in range(len(t1)):
        item = t1[i1]
        item_dot = t1_dot[i1]
        acc_1 = max(acc, item)
        if acc < item:
            acc_dot = item_dot
        acc = acc_1
    items = []
    items_dot = zeros_like(items)
    for i2 in r:
        v = x[i2]
        v_dot = x_dot[i2]
        items.append(v * 2.0)
        items_dot.append(v_dot * 2.0)
    acc_1 = items[0]
    acc_1_dot = items_dot[0]
    t2 = items[1:]
    t2_dot = items_dot[1:]
    for i3 in range(len(t2)):
        item = t2[i3]
        item_dot = t2_dot[i3]
        acc_2 = min(acc_1, item)
        if acc_1 > item:
            acc_1_dot = item_dot
        acc_1 = acc_2
    return acc + acc_1, acc_dot + acc_1_dot
