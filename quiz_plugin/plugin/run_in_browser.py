"""The Run button (``run_snippets``): the files a site needs to run its snippets in readers' browsers.

A snippet block that shows code and output leaves an empty ``<div class="snippet-run">`` in the page
(``extension.blocks``); ``run.js`` turns it into a Run button. Its first press starts a Web Worker
(``run-worker.js``) that loads Pyodide, CPython compiled to WebAssembly, from this site: its files are
copied at build time from the npm package the test suite records with (``pyodide_dir``), into a
folder named after its version so that browsers may cache it for good. Nothing is fetched from
another origin, and nothing at all before the first press. The snippets' sources are copied too: the
worker runs the file the tests ran, or the reader's edit of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from ..core.strings import Strings
from ..extension.assets import Asset, content_hashed, without_comments
from ..snippets.recordings import SnippetStore

# What loadPyodide() fetches: the loader, the interpreter (JavaScript and WebAssembly), the standard
# library and the list of packages (none of which is copied: snippets use the standard library only).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
SCRIPT_PLACEHOLDERS = ("/*STRINGS*/{}", '/*WORKER*/"run-worker.js"', '/*SOURCES*/"snippets/"')
WORKER_PLACEHOLDERS = ('/*PYODIDE*/"../pyodide/"', '/*DRIVER*/""')
SOURCES_FOLDER = "assets/snippets"


@dataclass(frozen=True)
class Pyodide:
    """The npm package ``pyodide``, where the site's build finds it."""

    directory: Path
    version: str

    @property
    def site_folder(self) -> str:
        return f"assets/pyodide/{self.version}"


def find_pyodide(directory: Path) -> Pyodide:
    """The Pyodide package in ``directory``, or a PluginError that says what is missing and how to get it."""
    hint = (
        "install the npm package `pyodide` there (`npm ci` where package.json pins it, or `npm install "
        "pyodide@VERSION` with the version your 3.14-wasm32 recordings were made on), or point `pyodide_dir` at it"
    )
    missing = [name for name in ("package.json", *PYODIDE_FILES) if not (directory / name).is_file()]
    if missing:
        raise PluginError(
            f"quizblocks: `run_snippets` needs Pyodide's files in {directory}, which lacks {', '.join(missing)}: {hint}"
        )
    try:
        version = str(json.loads((directory / "package.json").read_text(encoding="utf-8"))["version"])
    except (ValueError, KeyError) as error:
        raise PluginError(f"quizblocks: {directory / 'package.json'} names no version ({error}): {hint}") from error
    return Pyodide(directory, version)


def _static(name: str) -> str:
    return (files("quiz_plugin.snippets") / "static" / name).read_text(encoding="utf-8")


def _filled(source: str, placeholders: tuple[str, ...], values: tuple[str, ...], name: str) -> str:
    for placeholder, value in zip(placeholders, values, strict=True):
        if placeholder not in source:
            raise RuntimeError(f"{name} lost its placeholder {placeholder}")
        source = source.replace(placeholder, value, 1)
    return source


def run_assets(strings: Strings, pyodide: Pyodide) -> tuple[Asset, Asset]:
    """The page's run script and the worker, with the site's strings and the paths between them written
    in (both go to ``assets/quiz/``)."""
    worker_source = without_comments(_static("run-worker.js"))
    pyodide_folder = f"../../{pyodide.site_folder}/"
    worker = content_hashed(
        "run-worker",
        "js",
        _filled(
            worker_source,
            WORKER_PLACEHOLDERS,
            (json.dumps(pyodide_folder), json.dumps(_static("run_snippet.py"))),
            "run-worker.js",
        ),
    )
    worker_name = worker.path.rsplit("/", 1)[-1]
    strings_json = json.dumps(strings.run_script(), ensure_ascii=False, sort_keys=True)
    script = content_hashed(
        "run",
        "js",
        _filled(
            without_comments(_static("run.js")),
            SCRIPT_PLACEHOLDERS,
            (strings_json, json.dumps(worker_name), json.dumps(f"../../{SOURCES_FOLDER}/")),
            "run.js",
        ),
    )
    return script, worker


def site_files(config: MkDocsConfig, pyodide: Pyodide, snippets: SnippetStore | None) -> list[File]:
    """Pyodide's files and the snippets' sources, copied into the site as they are."""
    copied = [
        File.generated(config, f"{pyodide.site_folder}/{name}", abs_src_path=str(pyodide.directory / name))
        for name in PYODIDE_FILES
    ]
    if snippets is not None:
        copied += [
            File.generated(config, f"{SOURCES_FOLDER}/{snippet.path}", abs_src_path=str(snippet.file))
            for snippet in snippets.all()
        ]
    return copied
