# s2s show ../../tests/cases/classes.py::objects_in_comprehension --mode forward --wrt 0,1
def objects_in_comprehension_jvp(W, x, W_dot, x_dot):
    t1 = np.transpose(W)
    outs = []
    t2 = W @ x
    t2_dot = W_dot @ x + W @ x_dot
    t3 = np.tanh(t2)
    outs_1 = list(outs)
    outs_1.append(t3)
    outs_1_dot = zeros_like(outs)
    outs_1_dot.append(t2_dot * (1 - t3 ** 2))
    t4 = np.tanh(t1 @ t2)
    t4_dot = (np.transpose(W_dot) @ t2 + t1 @ t2_dot) * (1 - t4 ** 2)
    outs_1.append(t4)
    outs_1_dot.append(t4_dot)
    t5 = np.sum(outs_1[0])
    t6 = np.sum(outs_1[1])
    t7 = np.sum(outs_1_dot[0]) * t6 + t5 * np.sum(outs_1_dot[1])
    return t5 * t6, t7
