"""The numpy backend: emitted code calls numpy as ``np`` and ``math`` for scalars."""
import math
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Backend:
    name: str
    modules: dict = field(default_factory=dict)  # root name in emitted code -> module

    def module_for(self, root):
        return self.modules.get(root)

    functional = False  # whether arrays are immutable (updates are written x.at[i].set(v))
    own = frozenset()  # names of the backend's own functions that its code calls

    def spell(self, prim, nargs=None, static=False):
        """How a primitive's canonical name is written in this backend's code (``nargs``:
        the number of arguments of the call, where known; ``static``: whether they are
        Python values whatever the function's arguments, as constants and lengths are)."""
        return prim

    def constant(self, obj):
        """A module-level value as the emitted code holds it."""
        return obj

    def helper(self, name):
        """The runtime helper generated code calls by ``name``."""
        from .. import runtime
        return runtime.HELPERS[name]


try:  # scipy.special functions have rules when scipy is installed (s2s/rules/special.py)
    import scipy
except ImportError:
    scipy = None

NUMPY = Backend("numpy", {"np": np, "math": math, **({"scipy": scipy} if scipy else {})})
