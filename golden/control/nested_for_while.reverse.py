# s2s show tests/cases/control.py::nested_for_while --wrt 0
def nested_for_while_grad(x):
    tape = []
    r = range(len(x))
    acc = 0.0
    for i in r:
        v = x[i]
        y, steps = v, 0
        while y < 10.0:
            y = y * 3.0
            steps = steps + 1
        acc = acc + y
        tape.append((steps, v))
    x_bar = zeros_like(x)
    for i1 in reversed(r):
        steps, v = tape.pop()
        y_bar = 1.0
        for _ in range(steps):
            y_bar = y_bar * 3.0
        x_bar = add_into(x_bar, i1, unbroadcast(y_bar, v))
    return acc, x_bar
