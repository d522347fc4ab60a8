"""The statements around the math: walrus, starred unpacking, else on loops, modes given
as strings, keyword-only and **kwargs parameters, dicts of parameters, recursion of a
fixed depth, and noise from a seeded random generator."""
import numpy as np


def activation(z, kind="Tanh"):
    if kind.lower() == "tanh":
        return np.tanh(z)
    elif kind == "softplus":
        return np.log1p(np.exp(z))
    return z


def predict(params, x):
    return activation(params["W"] @ x + params["b"], kind=f"{'soft'}plus")


def smooth_layer(x, depth):
    """A Chebyshev-like recursion whose depth is a constant argument."""
    if depth == 0:
        return x
    return np.cos(smooth_layer(x, depth - 1)) * x


def penalty(x, **weights):
    return weights["l2"] * np.sum(x ** 2) + weights.get("l1", 0.0) * np.sum(np.abs(x))


# case: args=(randn(4),), ref="fd"
# case: args=(randn(4) * 0.1,), ref="fd"
def walrus_threshold(x):
    if (energy := np.sum(x ** 2)) > 1.0:
        return np.sqrt(energy)
    return energy


# case: args=([randn(3), randn(3), randn(3)],)
def head_and_tail(layers):
    first, *rest = layers
    return np.sum(first * np.sum(np.stack(rest), axis=0))


# case: args=(randn(5),)
def all_but_last(x):
    *init, last = x
    return np.sum(np.array(init) ** 2) * last


# case: args=(randn(5),), ref="fd"
# case: args=(randn(5) + 3.0,), ref="fd"
def search_with_else(x):
    total = 0.0
    for v in x:
        if v > 2.5:
            total = total + v
            break
        total = total + v ** 2
    else:
        total = total * 0.5
    return total


# case: args=(randn(3),)
def mode_strings(x):
    return np.sum(activation(x) + activation(x, kind="softplus") + activation(x, "linear"))


# case: args=(randn(2, 3), randn(2), randn(3)), wrt=(0, 1)
def dict_of_parameters(W, b, x):
    params = {"W": W, "b": b}
    params["b"] = params["b"] * 0.5
    reg = sum(np.sum(v ** 2) for v in params.values())
    return np.sum(predict(params, x) ** 2) + 1e-2 * reg


# case: args=(randn(3),)
def dict_call_and_kwargs(x):
    weights = dict(l2=0.5, l1=0.1)
    return penalty(x, **weights) + penalty(np.sin(x), l2=2.0)


# case: args=(randn(3), 0.7), wrt=(0, 1)
def keyword_only_scale(x, scale, *, power=3):
    return scale * np.sum(x ** power)


# case: args=(randn(3),)
def fixed_depth_recursion(x):
    return np.sum(smooth_layer(x, 3))


# case: args=(randn(4),), ref="fd"
def seeded_noise(x):
    rng = np.random.default_rng(42)
    eps = rng.normal(0.0, 0.1, size=x.shape)
    scale = rng.uniform(0.5, 1.5)
    return np.sum((x + eps) ** 2) * scale


# case: args=(randn(4),), ref="fd"
def seeded_permutation(x):
    rng = np.random.default_rng(7)
    order = rng.permutation(x.shape[0])
    return np.sum(x[order] * np.arange(4.0) ** 2)


def nonlinearity(z, name):
    match name.lower():
        case "tanh":
            return np.tanh(z)
        case "relu" | "rectifier":
            return np.maximum(z, 0.0)
        case other if other.startswith("soft"):
            return np.log1p(np.exp(z))
        case _:
            return z


# case: args=(randn(4),)
def match_on_mode_strings(x):
    return np.sum(nonlinearity(x, "Tanh") + nonlinearity(x, "softplus") * nonlinearity(x, "id"))


# case: args=(randn(2, 3), randn(2)), wrt=(0, 1)
def dict_comprehension_over_items(W, b):
    params = {"W": W, "b": b}
    decayed = {name: 0.9 * value for name, value in params.items()}
    return np.sum(decayed["W"] ** 2) + np.sum(np.exp(decayed["b"]))


# case: args=(randn(3),), ref="fd"
def effects_in_the_forward_sweep(x, k=2):
    print("evaluating with k =", k)
    y = np.sin(x) * k
    loss = np.sum(y ** 2)
    print(f"loss {loss:.3f} over {x.shape[0]} points")
    assert np.all(np.isfinite(y)), "non-finite values"
    if loss > 1e6:
        raise ValueError("diverged")
    for i in range(2):
        print("halving, step", i)
        y = y * 0.5
    return np.sum(y) + loss
