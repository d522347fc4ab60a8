"""Nested lists, tuples and dicts of arrays as parameters; gradients keep the structure."""
import numpy as np


# case: args=([(randn(3, 4), randn(4)), (randn(4, 2), randn(2))], randn(5, 3))
def mlp_list_of_tuples(params, x):
    h = x
    for W, b in params:
        h = np.tanh(h @ W + b)
    return np.sum(h ** 2)


# case: args=({"w": randn(3, 2), "b": randn(2)}, randn(4, 3), randn(4, 2)), wrt=0
def dict_params(p, x, y):
    pred = x @ p["w"] + p["b"]
    return np.mean((pred - y) ** 2)


# case: args=({"layers": [(randn(2, 3), randn(3)), (randn(3, 1), randn(1))], "scale": rand(1)}, randn(4, 2))
def nested_dict_list(p, x):
    h = x
    for W, b in p["layers"]:
        h = np.maximum(h @ W + b, 0.0) + 0.1 * (h @ W + b)
    return np.sum(p["scale"] * h ** 2)


# case: args=((randn(3), randn(3)),)
def tuple_param_unpack(params):
    a, b = params
    return np.sum(a * np.exp(b))


# case: args=([randn(2), randn(2), randn(2)],)
def list_param_indexing(xs):
    return np.sum(xs[0] * xs[1] + xs[2] ** 2 * xs[-1])


# case: args=({"a": randn(3), "b": randn(3)}, [randn(3), randn(3)]), wrt=(0, 1)
def two_trees(d, l):
    return np.sum(d["a"] * l[0] + d["b"] * l[1] ** 2)


# case: args=({"used": randn(3), "unused": randn(2, 2)}, [randn(3), randn(4)]), wrt=(0, 1)
def unused_leaves(d, l):
    return np.sum(d["used"] * l[0])


# case: args=({"a": randn(3), "b": randn(3), "c": randn(3)},)
def dict_loop_over_keys(p):
    acc = 0.0
    for k in ("a", "b", "c"):
        acc = acc + np.sum(np.sin(p[k]))
    return acc


# case: args=({"a": randn(3), "b": randn(3)},)
def dict_items_loop(p):
    acc = 0.0
    for name, v in p.items():
        acc = acc + np.sum(v ** 2) * len(name)
    return acc


# case: args=([randn(2), (randn(2), [randn(2), 1.5])],)
def deeply_nested(t):
    a, (b, (c, s)) = t
    return np.sum(a * b * c) * s + s ** 2


# case: args=([(randn(2, 2), randn(2)), (randn(2, 2), randn(2))], randn(2)), wrt=(0, 1)
def tree_and_array(params, x):
    for W, b in params:
        x = np.sin(W @ x + b)
    return np.sum(x)


# case: args=([{"W": randn(3, 4), "b": randn(4)}, {"W": randn(4, 1), "b": randn(1)}], randn(2, 3))
def list_of_dicts(layers, x):
    h = x
    for layer in layers:
        h = np.tanh(h @ layer["W"] + layer["b"])
    return np.sum(h)


# case: args=([(randn(2, 2), randn(2)), (randn(2, 2), randn(2)), (randn(2, 2), randn(2))], randn(2))
def loop_len_index(params, x):
    for i in range(len(params)):
        W, b = params[i]
        x = np.tanh(W @ x + b) + x
    return np.sum(x ** 2)


# case: args=({"enc": {"w": randn(3), "s": 1.5}, "dec": [randn(3), randn(3)]},)
def nested_dicts_with_float_leaf(p):
    h = p["enc"]["w"] * p["enc"]["s"]
    for v in p["dec"]:
        h = np.sin(h * v)
    return np.sum(h)


# case: args=((randn(3), (randn(3), randn(3))), randn(3)), wrt=(0, 1)
def tuple_tree_indexed(t, x):
    return np.sum(t[0] * t[1][0] + t[1][1] * x)
