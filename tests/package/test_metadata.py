"""What pyproject.toml promises about the package holds: it declares exactly the distributions it imports,
and one oldest CPython everywhere (requires-python, the classifiers, ruff's and mypy's target)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from support import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def runtime_imports() -> set[str]:
    """The top-level modules the package imports when it runs (not those for type checking only)."""
    found = set()
    for path in (ROOT / "quiz_plugin").rglob("*.py"):
        if path.parent.name == "static":
            continue  # browser files: snippets/static/run_snippet.py runs inside Pyodide, not here
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_checking = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
            for statement in block.body
            for node in ast.walk(statement)
        }
        for node in ast.walk(tree):
            if id(node) in type_checking:
                continue
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"__future__", "quiz_plugin"}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_package_declares_exactly_the_distributions_it_imports() -> None:
    distributions = packages_distributions()
    imported = {normalised(distributions[module][0]) for module in runtime_imports()}
    declared = {
        normalised(re.split(r"[<>=!~; \[]", requirement)[0]) for requirement in PYPROJECT["project"]["dependencies"]
    }
    assert imported == declared == {"markdown", "mkdocs"}


def test_one_oldest_python_everywhere() -> None:
    project = PYPROJECT["project"]
    oldest = re.fullmatch(r">=3\.(\d+)", project["requires-python"])
    assert oldest is not None
    minor = int(oldest[1])
    versions = [
        int(match[1])
        for c in project["classifiers"]
        if (match := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", c))
    ]
    assert versions == list(range(minor, minor + len(versions))) and versions[0] == minor
    assert PYPROJECT["tool"]["ruff"]["target-version"] == f"py3{minor}"
    assert PYPROJECT["tool"]["mypy"]["python_version"] == f"3.{minor}"


def test_the_build_backend_is_new_enough_for_the_license_expression() -> None:
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
