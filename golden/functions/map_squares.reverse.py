# s2s show tests/cases/functions.py::map_squares --mode reverse --wrt 0
def map_squares_grad(x):
    items = []
    r = range(len(x))
    for i in r:
        item = x[i]
        items.append(item * item)
    r1 = range(len(items))
    total = 0
    for i1 in r1:
        item = items[i1]
        total = total + item
    items_bar = zeros_like(items)
    for i2 in reversed(r1):
        item = items[i2]
        items_bar = add_into(items_bar, i2, unbroadcast(1.0, item))
    x_bar = zeros_like(x)
    for i3 in reversed(r):
        item = x[i3]
        t1 = items_bar[-1]
        items_bar = items_bar[:-1]
        item_bar = t1 * item
        item_bar = item_bar + item_bar
        x_bar = add_into(x_bar, i3, item_bar)
    return total, x_bar
