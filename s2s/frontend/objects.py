"""Objects of the user's classes, dataclasses and NamedTuples, for the lowering.

An object built inside the differentiated function is a ``Record``: its class and the
atoms of its attributes, known while lowering. ``__init__`` (or the fields of a dataclass
or NamedTuple) fills it, ``self.W`` reads an attribute's atom, a method call or
``layer(x)`` (``__call__``) inlines the method with ``self`` bound to the record, and a
``@property`` inlines its getter. Nothing of the object reaches the IR: the derivative
reads like code written with plain variables.

An object that exists before the call (a module-level configuration object, a model
read from a global) is a constant: its attributes are read when the derivative is built,
and its methods are inlined with ``self`` bound to it.
"""
from __future__ import annotations

import dataclasses
import inspect
import re
import numbers

import numpy as np

from ..ir.nodes import Const, Global, Var


class Record:
    """An object built in the function: its class and attributes (name -> atom)."""

    def __init__(self, cls, fields):
        self.cls, self.fields = cls, dict(fields)

    def with_field(self, name, value):
        return Record(self.cls, {**self.fields, name: value})


class StaticSeq:
    """A list or tuple holding objects or functions (``[Layer(W1), Layer(W2)]``): a loop
    over it is unrolled, an index into it picks the item."""

    def __init__(self, items):
        self.items = tuple(items)


def user_class(obj):
    return isinstance(obj, type) and not _library(obj)


def user_instance(obj):
    """A module-level object of a user's class (not an array, number, module or function)."""
    return not isinstance(obj, (type, np.ndarray, numbers.Number, str, bytes, tuple, list,
                                dict, type(None))) \
        and not _library(type(obj)) and not callable(getattr(obj, "__code__", None)) \
        and hasattr(obj, "__dict__") or (isinstance(obj, tuple) and hasattr(obj, "_fields"))


def _library(cls):
    module = getattr(cls, "__module__", "") or ""
    if module.startswith("_"):  # compiled extension types (cython functions ...)
        return True
    return module.split(".")[0] in ("numpy", "scipy", "jax", "builtins", "s2s", "functools",
                                    "math", "types", "typing", "collections")


def constant(value, name, root=None):
    """An atom for a value read from an existing object: ``name`` is a dotted path from
    ``root``'s name, or (without root) any text, made an identifier bound to the value."""
    if isinstance(value, (bool, int, float, str, type(None))):
        return Const(value)
    if root is None:
        name = re.sub(r"\W+", "_", name).strip("_") or "value"
    return Global.of(name, value, root)


class Objects:
    """The object-related part of ``Lowerer`` (see the module docstring)."""

    def construct(self, cls, args, kwargs, node, hint):
        if hasattr(cls, "_fields") and issubclass(cls, tuple):  # a NamedTuple
            return Record(cls, self.bind_fields(cls, list(cls._fields),
                                                getattr(cls, "_field_defaults", {}),
                                                args, kwargs, node))
        if dataclasses.is_dataclass(cls) and "__init__" not in _own(cls):
            fields = [f for f in dataclasses.fields(cls) if f.init]
            defaults = {f.name: f.default for f in fields
                        if f.default is not dataclasses.MISSING}
            rec = Record(cls, self.bind_fields(cls, [f.name for f in fields], defaults,
                                               args, kwargs, node))
            post = getattr(cls, "__post_init__", None)
            return self.run_init(post, rec, [], [], node) if post is not None else rec
        init = getattr(cls, "__init__", object.__init__)
        if init is object.__init__:
            if args or kwargs:
                raise self.error(f"{cls.__name__}() takes no arguments", node)
            return Record(cls, {})
        return self.run_init(init, Record(cls, {}), args, kwargs, node)

    def bind_fields(self, cls, names, defaults, args, kwargs, node):
        P = inspect.Parameter
        sig = inspect.Signature([P(n, P.POSITIONAL_OR_KEYWORD,
                                   default=constant(defaults[n], f"{cls.__name__}_{n}")
                                   if n in defaults else P.empty) for n in names])
        try:
            bound = sig.bind(*args, **dict(kwargs))
        except TypeError as e:
            raise self.error(f"{cls.__name__}(...): {e}", node) from None
        bound.apply_defaults()
        return dict(bound.arguments)

    def run_init(self, init, rec, args, kwargs, node):
        """The record ``init(self, *args)`` leaves in ``self``."""
        return self.inline(init, [rec] + list(args), kwargs, node, "%t", keep_self=True)

    def set_attribute(self, target, value, s):
        """``self.W = value`` inside ``__init__`` (or ``__post_init__``)."""
        name = getattr(target.value, "id", None)
        rec = self.env.get(name)
        if not isinstance(rec, Record):
            raise self.error("assignment to an attribute is not supported", target,
                             "s2s does not set attributes of values passed in; assign to "
                             "a new variable")
        if not self.ctx.initializing:
            raise self.error(f"a method that sets self.{target.attr} (outside __init__) is "
                             f"not supported", target,
                             "return the new value from the method, or build a new object")
        self.env[name] = rec.with_field(target.attr, value)

    def attribute(self, x, attr, node, hint):
        """``x.attr`` of a record or an existing object; None if x is neither."""
        if isinstance(x, Record):
            if attr in x.fields:
                return x.fields[attr]
            return self.class_attribute(x, x.cls, attr, node, hint)
        if isinstance(x, Global) and user_instance(x.obj):
            member = inspect.getattr_static(type(x.obj), attr, None)
            if isinstance(member, property):
                return self.class_attribute(x, type(x.obj), attr, node, hint)
            if not hasattr(x.obj, attr):
                raise self.error(f"{type(x.obj).__name__} object has no attribute {attr!r}",
                                 node)
            return constant(getattr(x.obj, attr), f"{x.name}.{attr}", x.root)
        if isinstance(x, Global) and user_class(x.obj):
            member = inspect.getattr_static(x.obj, attr, None)
            if isinstance(member, staticmethod):
                return Global.of(f"{x.name}.{attr}", member.__func__, x.root)
            if member is None:
                raise self.error(f"class {x.obj.__name__} has no attribute {attr!r}", node)
            return constant(getattr(x.obj, attr), f"{x.name}.{attr}", x.root)
        return None

    def class_attribute(self, receiver, cls, attr, node, hint):
        member = inspect.getattr_static(cls, attr, None)
        if isinstance(member, property):
            return self.inline(member.fget, [receiver], [], node, hint)
        if isinstance(member, (staticmethod, classmethod)) or inspect.isfunction(member):
            return self.bound_method(receiver, cls, attr, node)
        if member is None:
            raise self.error(f"{cls.__name__} object has no attribute {attr!r}", node)
        return constant(member, f"{cls.__name__}.{attr}")

    def bound_method(self, receiver, cls, attr, node):
        from .calls import Partial
        member = inspect.getattr_static(cls, attr, None)
        if isinstance(member, staticmethod):
            return Global.of(f"{cls.__name__}.{attr}", member.__func__)
        if isinstance(member, classmethod):
            return Partial(Global.of(f"{cls.__name__}.{attr}", member.__func__),
                           [Global.of(cls.__name__, cls)], [])
        if inspect.isfunction(member):
            return Partial(Global.of(f"{cls.__name__}.{attr}", member), [receiver], [])
        return None

    def method_call(self, receiver, attr, args, kwargs, node, hint):
        """``receiver.attr(*args)`` on a record or an existing object; None otherwise."""
        if isinstance(receiver, Record):
            if attr in receiver.fields:
                return self.call_value(receiver.fields[attr], args, kwargs, node, hint)
            cls = receiver.cls
        elif isinstance(receiver, Global) and user_instance(receiver.obj):
            cls = type(receiver.obj)
            if inspect.getattr_static(cls, attr, None) is None:  # an attribute holding a function
                return self.call_value(self.attribute(receiver, attr, node, hint), args,
                                       kwargs, node, hint)
        elif isinstance(receiver, Global) and user_class(receiver.obj):
            return self.call_value(self.attribute(receiver, attr, node, hint), args, kwargs,
                                   node, hint)
        else:
            return None
        method = self.bound_method(receiver, cls, attr, node)
        if method is None:
            method = self.class_attribute(receiver, cls, attr, node, hint)
        return self.call_value(method, args, kwargs, node, hint)

    def call_object(self, receiver, args, kwargs, node, hint):
        """``layer(x)``: ``__call__`` of a record or an existing object; None otherwise."""
        cls = receiver.cls if isinstance(receiver, Record) else type(receiver.obj) \
            if isinstance(receiver, Global) and user_instance(receiver.obj) else None
        if cls is None or not inspect.isfunction(getattr(cls, "__call__", None)):
            return None
        return self.method_call(receiver, "__call__", args, kwargs, node, hint)


def _own(cls):
    """Attributes a dataclass defines by hand (not generated by @dataclass)."""
    init = cls.__dict__.get("__init__")
    generated = init is not None and getattr(init, "__qualname__", "").endswith("__init__") \
        and init.__code__.co_filename == "<string>"
    return {} if generated or init is None else {"__init__": init}


def record_index(rec, index):
    """``p[0]`` of a NamedTuple record, or None."""
    if hasattr(rec.cls, "_fields") and isinstance(index, Const) and isinstance(index.value, int):
        return rec.fields[rec.cls._fields[index.value]]
    return None


def is_runtime(atom):
    return isinstance(atom, (Var, Const, Global))
