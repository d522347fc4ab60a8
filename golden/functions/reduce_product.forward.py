# s2s show ../../tests/cases/functions.py::reduce_product --mode forward --wrt 0
def reduce_product_jvp(x, x_dot):
    acc = x[0]
    acc_dot = x_dot[0]
    t1 = x[1:]
    t1_dot = x_dot[1:]
    for i in range(len(t1)):
        item = t1[i]
        item_dot = t1_dot[i]
        acc_1 = acc * item
        acc_dot = acc_dot * item + acc * item_dot
        acc = acc_1
    return acc, acc_dot
