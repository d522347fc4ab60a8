# s2s show ../../tests/cases/functions.py::map_squares --mode reverse --wrt 0
def map_squares_grad(x):
    items = []
    r = range(len(x))
    for i in r:
        item = x[i]
        items.append(item * item)
    items_bar = zeros_like(items)
    for i1 in reversed(range(len(items))):
        item = items[i1]
        items_bar = add_into(items_bar, i1, unbroadcast(1.0, item))
    x_bar = zeros_like(x)
    for i2 in reversed(r):
        item = x[i2]
        t1 = items_bar[-1]
        items_bar = items_bar[:-1]
        item_bar = t1 * item
        item_bar = item_bar + item_bar
        x_bar = add_into(x_bar, i2, item_bar)
    return x_bar
