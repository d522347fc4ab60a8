"""Test functions generated from the rule table, one per rule and input domain (see
``generate.py`` and ``tests/test_rules.py``)."""
