"""The theme overrides in overrides/ stay Material's own, but for the attribute each one adds (a name
on two partials, `defer` on Material's script): when Material changes one of them, these tests say so,
and the override is copied again."""

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
    assert sorted(path.name for path in (ROOT / "overrides").glob("*.html")) == ["main.html"]


def scripts_block(template: str) -> str:
    found = re.search(r"\{% block scripts %\}\n(.*?)\s*\{% endblock %\}", template, flags=re.S)
    assert found, "no scripts block"
    return "\n".join(line.strip() for line in found.group(1).splitlines())


def test_main_defers_materials_script_and_changes_nothing_else() -> None:
    ours = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    theirs = (MATERIAL_PARTIALS.parent / "base.html").read_text(encoding="utf-8")
    assert re.findall(r"\{% block (\w+)", without_header(ours)) == ["scripts"]
    bundle = re.search(r'<script src="[^"]*bundle\.[0-9a-f]+\.min\.js[^"]*"></script>', theirs)
    assert bundle, "Material's base.html no longer loads its bundle as expected"
    expected = scripts_block(theirs).replace("></script>", " defer></script>", 1)
    assert scripts_block(ours) == expected
