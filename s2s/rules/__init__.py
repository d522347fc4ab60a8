"""Derivative rules, one small declarative rule per primitive, grouped by family.

``default_table()`` builds the table of every built-in rule; it is built once and shared
read-only (building it registers nothing anywhere else).
"""
import functools

from . import arithmetic, elementwise, helpers, linalg, reductions, shape
from .core import Rule, RuleTable

FAMILIES = (arithmetic, elementwise, reductions, shape, linalg, helpers)


@functools.lru_cache(maxsize=None)
def default_table() -> RuleTable:
    table = RuleTable()
    for family in FAMILIES:
        family.register(table)
    return table


__all__ = ["Rule", "RuleTable", "default_table"]
