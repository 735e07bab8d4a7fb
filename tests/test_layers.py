"""The package's folders are its layers, and no module imports from a layer above its own.

From the bottom: ``core`` (the question model, the parser and the rules: plain Python), ``snippets``
(tested snippets and their recordings), ``extension`` (the Python-Markdown extension), ``bank`` (the
question bank and its exports), ``plugin`` (the MkDocs plugin), ``cli`` (the command line). Only the
plugin and the command line know MkDocs; the core and the snippets do not even know Python-Markdown.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from support import ROOT

PACKAGE = ROOT / "quiz_plugin"
LAYERS = ["core", "snippets", "extension", "bank", "plugin", "cli"]
# The third-party packages each layer may import (beyond the standard library).
ALLOWED = {
    "core": set(),
    "snippets": set(),
    "extension": {"markdown"},
    "bank": {"markdown"},
    "plugin": {"markdown", "mkdocs", "jinja2"},
    "cli": {"markdown", "mkdocs"},
}


def modules() -> list[Path]:
    # A static folder holds browser files: snippets/static/run_snippet.py runs inside Pyodide, not here.
    return sorted(path for path in PACKAGE.rglob("*.py") if path.parent != PACKAGE and path.parent.name != "static")


def imports(path: Path) -> list[tuple[str, int]]:
    """The package or module each import of a file names (relative ones resolved), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                found.append((".".join([*base, *(node.module.split(".") if node.module else [])]), node.lineno))
            elif node.module:
                found.append((node.module, node.lineno))
    return found


def test_every_module_is_in_a_layer() -> None:
    assert {path.parent.name for path in modules()} <= set(LAYERS)


@pytest.mark.parametrize("path", modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_module_imports_from_a_layer_above_its_own_or_a_package_its_layer_may_not_use(path: Path) -> None:
    layer = path.parent.name
    wrong = []
    for name, line in imports(path):
        parts = name.split(".")
        if parts[0] == "quiz_plugin":
            target = parts[1] if len(parts) > 1 else ""
            if target in LAYERS and LAYERS.index(target) > LAYERS.index(layer):
                wrong.append(f"line {line}: {name} is in the layer above, `{target}`")
        elif parts[0] in {"markdown", "mkdocs", "jinja2", "pymdownx", "yaml"} and parts[0] not in ALLOWED[layer]:
            wrong.append(f"line {line}: `{layer}` may not use {parts[0]}")
    assert wrong == []
