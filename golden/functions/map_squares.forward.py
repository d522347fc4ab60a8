# s2s show ../../tests/cases/functions.py::map_squares --mode forward --wrt 0
def map_squares_jvp(x, x_dot):
    items = []
    items_dot = zeros_like(items)
    for i in range(len(x)):
        item = x[i]
        item_dot = x_dot[i]
        items.append(item * item)
        items_dot.append(item_dot * item + item * item_dot)
    total, total_dot = 0, 0.0
    for i1 in range(len(items)):
        item = items[i1]
        item_dot = items_dot[i1]
        total = total + item
        total_dot = total_dot + item_dot
    return total, total_dot
