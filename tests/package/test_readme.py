"""The package's README (its description on PyPI) documents exactly what the code defines: every
option of the plugin's configuration with its own docstring, and every interface string with its
English text. Those two sections are generated; `--update-readme` rewrites them from the code."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption

from quiz_plugin.core.strings import ENGLISH, GENERATED_STRINGS, PAGE_STRINGS, RUN_STRINGS
from quiz_plugin.plugin import config as plugin_config
from quiz_plugin.plugin.config import (
    BalanceConfig,
    InterfaceStrings,
    PositionLimits,
    QuizConfig,
    Share,
    SitePath,
    VersionNotes,
)
from support import ROOT

README = ROOT / "quiz_plugin" / "README.md"
SECTION_RE = r"(<!-- generated: {name} [^\n]*-->\n)(.*?)(<!-- end of {name} -->)"


def attribute_docstrings(path: Path) -> dict[tuple[str, str], str]:
    """Each class attribute's docstring (the string right under it), by (class, attribute)."""
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ClassDef):
            continue
        for statement, following in zip(node.body, node.body[1:]):
            if (
                isinstance(statement, ast.Assign)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                (target,) = statement.targets
                assert isinstance(target, ast.Name)
                found[node.name, target.id] = following.value.value
    return found


def prose(docstring: str) -> str:
    """A docstring as one Markdown paragraph (reStructuredText's double backticks as Markdown's)."""
    return " ".join(docstring.split()).replace("``", "`")


def kind(option: BaseConfigOption[Any]) -> str:
    if isinstance(option, SitePath):
        return "a path"
    if isinstance(option, c.Optional):
        return kind(option.option)
    if isinstance(option, Share):
        return "a share from 0 to 1"
    if isinstance(option, PositionLimits):
        return "a mapping of option counts to shares"
    if isinstance(option, InterfaceStrings):
        return "a mapping of interface strings (below)"
    if isinstance(option, VersionNotes):
        return "a mapping of CPython versions to text"
    if isinstance(option, c.SubConfig):
        return "options (below)"
    if isinstance(option, c.Type):
        return {str: "text", bool: "true or false", int: "a whole number"}[option._type]
    raise AssertionError(f"describe {type(option).__name__} here")


def default(option: BaseConfigOption[Any]) -> str:
    value = option.default
    if value is None:
        return "not set"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if value == "":
        return '`""` (none)'
    if value == {}:
        return "none"
    return f"`{value}`"


def options_reference() -> str:
    docstrings = attribute_docstrings(Path(plugin_config.__file__))
    lines = []
    for name, option in QuizConfig._schema:
        lines.append(
            f"- **`{name}`**: {kind(option)}, default {default(option)}. {prose(docstrings['QuizConfig', name])}"
        )
        if isinstance(option, c.SubConfig):
            lines += [
                f"    - **`{name}.{sub}`**: {kind(suboption)}, default {default(suboption)}. "
                f"{prose(docstrings['BalanceConfig', sub])}"
                for sub, suboption in BalanceConfig._schema
            ]
    return "\n".join(lines) + "\n"


def strings_reference() -> str:
    lines = ["| key | English | used by |", "|---|---|---|"]
    for key, text in ENGLISH.items():
        shown = text.replace("|", "\\|")
        used_by = (
            "page"
            if key in PAGE_STRINGS
            else "generated pages"
            if key in GENERATED_STRINGS
            else "Run button"
            if key in RUN_STRINGS
            else "script"
        )
        lines.append(f"| `{key}` | {shown} | {used_by} |")
    return "\n".join(lines) + "\n"


GENERATED = {"the options": options_reference, "the interface strings": strings_reference}


def section(text: str, name: str) -> str:
    match = re.search(SECTION_RE.format(name=re.escape(name)), text, re.DOTALL)
    assert match, f"README lost its markers of {name}"
    return match[2]


@pytest.mark.parametrize("name", GENERATED)
def test_the_generated_sections_of_the_readme_match_the_code(name: str, request: pytest.FixtureRequest) -> None:
    text = README.read_text(encoding="utf-8")
    wanted = GENERATED[name]()
    if request.config.getoption("--update-readme"):
        pattern = SECTION_RE.format(name=re.escape(name))
        README.write_text(re.sub(pattern, lambda m: m[1] + wanted + m[3], text, flags=re.DOTALL), encoding="utf-8")
        return
    assert section(text, name) == wanted, "run ./dev test tests/package/test_readme.py --update-readme"


def test_the_readme_lists_exactly_the_options_the_configuration_defines() -> None:
    listed = re.findall(r"^ *- \*\*`([a-z_.]+)`\*\*", section(README.read_text(encoding="utf-8"), "the options"), re.M)
    defined = [name for name, _ in QuizConfig._schema] + [f"balance.{name}" for name, _ in BalanceConfig._schema]
    assert sorted(listed) == sorted(defined)
    assert all(docstring.strip() for docstring in attribute_docstrings(Path(plugin_config.__file__)).values())


def test_the_readme_lists_exactly_the_interface_string_keys() -> None:
    listed = re.findall(
        r"^\| `([a-z_]+)` \|", section(README.read_text(encoding="utf-8"), "the interface strings"), re.M
    )
    assert sorted(listed) == sorted(ENGLISH)


def test_the_readme_names_the_distribution_and_its_entry_points() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = README.read_text(encoding="utf-8")
    assert project["readme"]["file"] == "quiz_plugin/README.md"
    assert f"pip install {project['name']}" in text
    for group in ("mkdocs.plugins", "markdown.extensions"):
        (name,) = project["entry-points"][group]
        assert f"- {name}\n" in text or f'extensions=["{name}"]' in text


def test_every_link_of_the_readme_works_on_pypi() -> None:
    # PyPI shows the README away from the repository: a relative link would lead nowhere.
    links = re.findall(r"\]\(([^)]+)\)", README.read_text(encoding="utf-8"))
    assert links and [link for link in links if not link.startswith("https://")] == []
