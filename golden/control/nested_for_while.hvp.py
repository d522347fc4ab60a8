# s2s show tests/cases/control.py::nested_for_while --mode hvp --wrt 0
def nested_for_while_hvp(x, x_dot):
    tape = []
    r = range(len(x))
    for i in r:
        v = x[i]
        v_dot = x_dot[i]
        y, steps = v, 0
        while y < 10.0:
            y = y * 3.0
            steps = steps + 1
        tape.append((steps, v, v_dot))
    for _ in reversed(r):
        steps, v, v_dot = tape.pop()
    return zeros_like(x)
