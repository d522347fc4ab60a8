"""A seeded generator of small random numpy programs, for the differential test.

``program(seed)`` is the text of a module that defines ``f(x, s)`` (``x`` a float array of
``SIZE`` entries, ``s`` a float) returning a float, and the helpers ``f`` calls. The
programs use what users write: branches on data, ``for`` and ``while`` loops with
``break`` and early ``return``, helpers with loops of their own (called in branches too),
slices, in-place writes on a copy, reductions and elementwise functions.

Every program is smooth at almost every point (a branch, a ``break``, ``np.max`` or
``np.where`` changes the derivative only where a value crosses a constant), so central
differences are a reference. Values stay bounded: loops run at most ``SIZE`` steps and
most expressions are squashed (``tanh``, ``sin``, ``1 / (1 + t * t)``).

The same seed gives the same text on every machine (``random.Random(seed)``)."""
from __future__ import annotations

import random

import numpy as np

SIZE = 4  # the length of every array


def arguments(seed):
    """(x, s) and their tangents (tx, ts) for the program of ``seed``."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, SIZE)
    s = float(rng.uniform(0.5, 1.5))
    return (x, s), (rng.normal(size=SIZE), float(rng.normal()))


class _Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.count = 0
        self.helpers = []  # (name, returns "array" | "scalar", text)

    # -- names and constants -------------------------------------------------------------
    def new(self, base):
        self.count += 1
        return f"{base}{self.count}"

    def c(self, lo=-0.8, hi=0.8):
        return f"{self.r.uniform(lo, hi):.2f}"

    # -- expressions ---------------------------------------------------------------------
    def array(self, env):
        r = self.r
        a, b = r.choice(env["a"]), r.choice(env["a"])
        s = r.choice(env["s"])
        forms = [f"np.tanh({a})", f"np.sin({a}) * {s}", f"{a} * {b}", f"{a} + {b}",
                 f"np.tanh({a} * {s}) + {b}", f"np.exp(-{a} * {a})", f"{a}[::-1]",
                 f"np.concatenate([{a}[1:], {a}[:1]])", f"np.cos({a}) - {s}",
                 f"np.where({a} > {self.c()}, {a}, 0.5 * {b})", f"np.cumsum({a}) * 0.3",
                 f"{a} / (1.0 + {b} * {b})", f"np.maximum({a}, {b} * 0.5)",
                 f"{a} - np.mean({a})", f"np.tanh({a} * {b} + {s})"]
        helpers = [h for h, kind, _ in self.helpers if kind == "array"]
        if helpers and r.random() < 0.15:
            return f"{r.choice(helpers)}({a}, {s})"
        return r.choice(forms)

    def scalar(self, env):
        r = self.r
        a, b = r.choice(env["a"]), r.choice(env["a"])
        s, t = r.choice(env["s"]), r.choice(env["s"])
        k = r.choice(env["i"]) if env["i"] and r.random() < 0.5 else str(r.randrange(SIZE))
        forms = [f"np.sum({a})", f"np.mean({a} * {b})", f"np.max({a})", f"{a}[{k}]",
                 f"np.dot({a}, {b})", f"{s} * np.tanh({t})", f"np.sin({s}) + {t}",
                 f"np.prod({a}[:2])", f"np.sum({a}[1:3] * {b}[:2])", f"np.tanh({s})",
                 f"{s} / (1.0 + {t} * {t})", f"np.sum({a} ** 2) * {s}", f"{s} - {a}[{k}]",
                 f"np.min({a}) * {t}", f"np.sqrt(1.0 + {s} * {s})"]
        helpers = [h for h, kind, _ in self.helpers if kind == "scalar"]
        if helpers and r.random() < 0.15:
            return f"{r.choice(helpers)}({a}, {s})"
        return r.choice(forms)

    def value(self, env, kind):
        """An expression of the kind (``"array"`` or ``"scalar"``) a function returns."""
        return self.array(env) if kind == "array" else self.scalar(env)

    # -- statements ----------------------------------------------------------------------
    def block(self, env, depth, n, returns, in_loop=False):
        """Lines (unindented) of ``n`` statements; names they bind are added to ``env``
        (the caller copies ``env`` where a binding must not outlive a region)."""
        lines = []
        for _ in range(n):
            lines += self.stmt(env, depth, returns, in_loop)
        return lines

    def target(self, env, kind):
        """An existing name (a value rebound, often a loop carry) or a new one."""
        if self.r.random() < 0.6:
            return self.r.choice(env[kind])
        name = self.new("a" if kind == "a" else "p")
        return name

    def stmt(self, env, depth, returns, in_loop):
        r = self.r
        choice = r.random()
        if depth >= 2 or choice < 0.45:
            if r.random() < 0.5:
                t = self.target(env, "a")
                line = f"{t} = {self.array(env)}"
                if t not in env["a"]:
                    env["a"].append(t)
            else:
                t = self.target(env, "s")
                line = f"{t} = {self.scalar(env)}"
                if t not in env["s"]:
                    env["s"].append(t)
            return [line]
        if choice < 0.55:
            return self.inplace(env)
        if choice < 0.72:
            return self.branch(env, depth, returns, in_loop)
        if choice < 0.9:
            return self.for_loop(env, depth, returns)
        return self.while_loop(env, depth, returns)

    def inplace(self, env):
        r = self.r
        src = r.choice(env["a"])
        z = self.new("z")
        lines = [f"{z} = {src}.copy()"]
        for _ in range(r.randint(1, 3)):
            k = r.choice(env["i"]) if env["i"] and r.random() < 0.5 else str(r.randrange(SIZE))
            s, b = r.choice(env["s"]), r.choice(env["a"])
            lines.append(r.choice([f"{z}[{k}] = {s}", f"{z}[{k}] *= {s}",
                                   f"{z}[1:3] += {b}[:2]", f"{z}[:2] = {b}[2:] * {s}",
                                   f"{z}[{k}] += np.sin({b}[{k}])"]))
        env["a"].append(z)
        return lines

    def cond(self, env):
        s = self.r.choice(env["s"] + [f"np.sum({a})" for a in env["a"]][:2])
        return f"{s} {self.r.choice(['<', '>'])} {self.c(-1.5, 1.5)}"

    def branch(self, env, depth, returns, in_loop):
        r = self.r
        lines = [f"if {self.cond(env)}:"]
        then_env = _copy(env)
        body = self.block(then_env, depth + 1, r.randint(1, 3), returns, in_loop)
        if returns and r.random() < 0.2:
            body.append(f"return {self.value(then_env, returns)}")
        elif in_loop and r.random() < 0.2:
            body.append("break")
        lines += _indent(body)
        if r.random() < 0.6:
            else_env = _copy(env)
            lines.append("else:")
            lines += _indent(self.block(else_env, depth + 1, r.randint(1, 2), returns, in_loop))
            for kind in ("a", "s"):  # a name both arms bind is bound after the branch
                env[kind] += [n for n in then_env[kind]
                              if n in else_env[kind] and n not in env[kind]]
        return lines

    def loop_body(self, env, depth, returns):
        r = self.r
        body = self.block(env, depth + 1, r.randint(1, 3), returns, in_loop=True)
        if r.random() < 0.3:
            body.append(f"if {self.cond(env)}:")
            body.append("    break")
        if returns and r.random() < 0.15:
            body.append(f"if {self.cond(env)}:")
            body.append(f"    return {self.value(env, returns)}")
        return body

    def for_loop(self, env, depth, returns):
        r = self.r
        inner = _copy(env)
        if r.random() < 0.8:
            i = self.new("i")
            inner["i"].append(i)
            head = f"for {i} in range({r.randint(0, SIZE)}):"
        else:  # over a Python list of arrays, maybe empty
            v = self.new("v")
            inner["a"].append(v)
            items = ", ".join(r.choice(env["a"]) for _ in range(3))
            head = f"for {v} in [{items}][{r.randint(0, 2)}:{r.choice([-1, 2, 3])}]:"
        return [head] + _indent(self.loop_body(inner, depth, returns))

    def while_loop(self, env, depth, returns):
        n = self.new("n")
        inner = _copy(env)
        body = self.loop_body(inner, depth, returns) + [f"{n} += 1"]
        return [f"{n} = 0", f"while {n} < {self.r.randint(1, SIZE)}:"] + _indent(body)

    # -- functions -----------------------------------------------------------------------
    def helper(self):
        kind = self.r.choice(["array", "scalar"])
        name = self.new("h")
        env = {"a": ["v"], "s": ["t"], "i": []}
        body = self.block(env, 1, self.r.randint(1, 3), returns=kind)
        result = self.array(env) if kind == "array" else self.scalar(env)
        text = "\n".join([f"def {name}(v, t):"] + _indent(body + [f"return {result}"]))
        self.helpers.append((name, kind, text))

    def module(self):
        for _ in range(self.r.choice([0, 0, 1, 2])):
            self.helper()
        env = {"a": ["x"], "s": ["s"], "i": []}
        body = self.block(env, 0, self.r.randint(2, 6), returns="scalar")
        a, s = self.r.choice(env["a"]), self.r.choice(env["s"])
        body.append(f"return np.sum({a} * {a}) * 0.5 + {s} * {self.scalar(env)}")
        f = "\n".join(["def f(x, s):"] + _indent(body))
        return "\n\n\n".join(["import numpy as np"] + [t for _, _, t in self.helpers] + [f]) \
            + "\n"


def _copy(env):
    return {k: list(v) for k, v in env.items()}


def _indent(lines):
    return ["    " + line for line in lines]


def program(seed):
    """The text of the module of program ``seed`` (it defines ``f(x, s)``)."""
    return _Gen(seed).module()


if __name__ == "__main__":  # python -m tests.random_programs SEED: print one program
    import sys
    print(program(int(sys.argv[1])))
