"""The theme partials in overrides/ stay Material's own, but for the attribute each one adds: when
Material changes a partial, this test says so, and the override is copied again."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from support import ROOT

MATERIAL_PARTIALS = Path(material.__file__).parent / "templates" / "partials"
ADDED = {
    "search.html": " aria-label=\"{{ lang.t('search.placeholder') }}\"",
    "progress.html": ' aria-label="Loading the page"',
}


def without_header(template: str) -> str:
    return re.sub(r"^\{#-.*?-#\}\n", "", template, count=1, flags=re.S)


@pytest.mark.parametrize("name", sorted(ADDED))
def test_each_override_is_materials_partial_with_one_attribute_added(name: str) -> None:
    ours = without_header((ROOT / "overrides" / "partials" / name).read_text(encoding="utf-8"))
    theirs = without_header((MATERIAL_PARTIALS / name).read_text(encoding="utf-8"))
    assert ADDED[name] in ours
    assert ours.replace(ADDED[name], "", 1) == theirs


def test_every_override_is_listed_here() -> None:
    assert sorted(path.name for path in (ROOT / "overrides" / "partials").iterdir()) == sorted(ADDED)
