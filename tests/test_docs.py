"""docs/rules.md is the current table of supported functions (``s2s rules --markdown``)."""
from pathlib import Path

from s2s.rules import listing

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rules_page_is_current():
    expected = listing.markdown(listing.rows())
    assert PAGE.read_text() == expected, \
        "docs/rules.md is stale: regenerate it with  s2s rules --markdown > docs/rules.md"


def test_every_supported_function_has_a_derivative_in_both_modes():
    """A function is listed with a derivative in one mode only if it is a custom one."""
    one_sided = [r.name for r in listing.rows() if r.reverse != r.forward]
    assert not one_sided, one_sided
