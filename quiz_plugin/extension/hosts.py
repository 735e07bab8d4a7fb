"""What the extension learns about the host it runs in, from the Markdown instance alone.

- The fenced code the host's Markdown reads (``host_fences``): the code blocks the engine writes must
  be code there, and a question whose author wrote a fence the host cannot read is reported
  (``unreadable_fences``).
- The page Zensical converts (``zensical_page``): Zensical builds a Markdown instance per page from
  the names in its configuration, so nothing calls ``set_page()``; it registers its page, in a
  preprocessor named ``rendering_context``, in every conversion instead.
- MkDocs with the extension listed but not the plugin (``mkdocs_without_plugin``): its pages would get
  static questions without a word, with no script, no stylesheet and the answers in search.
- A strict conversion that fails under Zensical (``stop_zensical_build``): Zensical lets an extension
  fail its build only by raising, and shows what was raised under two tracebacks of its own.

Everything is read by name and attribute, never imported: a host that changes is simply not
recognised, and the extension behaves as under a bare Python-Markdown.
"""

from __future__ import annotations

import logging
import os
import posixpath
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType

from markdown import Markdown

from ..core.fences import FenceMap, Fences
from ..core.model import Problem, Question
from .conversion import question_parts

MAX_FRONT_MATTER_LINES = 200


def host_fences(md: Markdown) -> Fences:
    """Which fenced code this Markdown instance reads (both extensions register the same name)."""
    if "fenced_code_block" not in md.preprocessors:
        return Fences.NONE
    module = type(md.preprocessors["fenced_code_block"]).__module__
    return Fences.SUPERFENCES if module.startswith("pymdownx.") else Fences.FENCED_CODE


@dataclass(frozen=True)
class HostPage:
    path: str  # as problems name it: relative to the directory Zensical runs in (docs/page.md)
    line_offset: int  # the lines of front matter Zensical removed before the conversion


def zensical_page(md: Markdown, lines: Sequence[str]) -> HostPage | None:
    """The page Zensical is converting, or None under any other host."""
    if "rendering_context" not in md.preprocessors:
        return None
    context = md.preprocessors["rendering_context"]
    path = getattr(getattr(context, "page", None), "path", None)
    config = getattr(context, "config", None)
    if not isinstance(path, str) or not path:
        return None
    docs_dir = config.get("docs_dir") if isinstance(config, dict) else None
    file = os.path.join(docs_dir if isinstance(docs_dir, str) else "docs", path)
    shown = os.path.relpath(file) if os.path.isabs(file) else file
    return HostPage(posixpath.normpath(shown.replace(os.sep, "/")), _front_matter_lines(file, lines))


def _front_matter_lines(file: str, lines: Sequence[str]) -> int:
    """How many lines of the source file come before ``lines`` (Zensical hands Markdown the page
    without its front matter); 0 if the file cannot be read or does not start with front matter."""
    try:
        with open(file, encoding="utf-8-sig") as handle:
            source = handle.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return 0
    if not lines or not source or source[0].rstrip() != "---":
        return 0
    compared = list(lines[:20])
    for offset in range(1, min(len(source), MAX_FRONT_MATTER_LINES)):
        if source[offset : offset + len(compared)] == compared:
            return offset
    return 0


def mkdocs_without_plugin(md: Markdown) -> bool:
    """Whether MkDocs converts this page (its link rewriting is registered) with the extension listed
    under ``markdown_extensions`` alone (the plugin registers an extension of its own)."""
    if "relpath" not in md.treeprocessors:
        return False
    return type(md.treeprocessors["relpath"]).__module__.startswith("mkdocs.")


NO_FENCES = (
    "this fenced code needs a Markdown extension that reads fences, which the site does not list: add "
    "`fenced_code` (or `pymdownx.superfences`) to its Markdown extensions"
)
NO_FENCES_IN_CONTAINERS = (
    "fenced code in a question inside a container (an admonition, a tab, a list) needs "
    "`pymdownx.superfences`: Python-Markdown's `fenced_code` reads fences only at the start of a line"
)


def unreadable_fences(question: Question, indent: str, fences: Fences) -> list[Problem]:
    """A problem at the first fence of a question that the host's Markdown would not read as code (its
    code would reach the reader as a paragraph of text)."""
    if fences.reads_fence_at(indent):
        return []
    for _, fragment in question_parts(question):
        lines = fragment.lines
        found = FenceMap(lines)
        opening = next((index for index in range(len(lines)) if found.opens(index)), None)
        if opening is not None:
            message = NO_FENCES if fences is Fences.NONE else NO_FENCES_IN_CONTAINERS
            return [Problem(fragment.line + opening, message)]
    return []


# Under "mkdocs", so that MkDocs counts it in --strict like its own warnings.
mkdocs_log = logging.getLogger("mkdocs.plugins.quiz")
PLUGIN_NAME = "quizblocks"  # the plugin's entry point (pyproject.toml)
MKDOCS_WITHOUT_PLUGIN = (
    f"{PLUGIN_NAME}: the {PLUGIN_NAME} Markdown extension is listed under `markdown_extensions` but the plugin is not "
    "listed under `plugins`: pages get questions without their script and stylesheet, question ids are not "
    f"checked across pages, and search indexes the answers. List `{PLUGIN_NAME}` under `plugins` instead "
    "(the plugin adds the extension itself)."
)
_warned: set[str] = set()


def warn_once(message: str) -> None:
    """A warning about the site's configuration, once per process (not once per page)."""
    if message not in _warned:
        _warned.add(message)
        mkdocs_log.warning(message)


# Zensical (0.0.73) counts none of Python's warnings, even with --strict, and turns an exception raised
# while it converts a page into a RuntimeError that its command line leaves uncaught: the reader of
# the build's output would get the problems inside two tracebacks.
_zensical_failures: list[str] = []
_previous_excepthook = sys.excepthook


def zensical_serving() -> bool:
    """Whether this process is ``zensical serve``, where a mistake should show on its page in the preview
    (as a non-strict conversion shows it) rather than stop the server. Zensical tells an extension
    neither the command nor its --strict, so the command line is read."""
    if len(sys.argv) < 2 or sys.argv[1] != "serve":
        return False
    program = os.path.normpath(sys.argv[0]).split(os.sep)[-2:]  # .../bin/zensical, .../zensical/__main__.py
    return "zensical" in program


def stop_zensical_build(problems: str) -> None:
    """Before a strict conversion under Zensical raises: have the build's uncaught error shown as the
    page's problems, one ``path:line: message`` a line, and nothing else (the build still exits with
    status 1). Any other uncaught error goes to the hook there was before."""
    global _previous_excepthook
    _zensical_failures.append(problems)
    if sys.excepthook is not _show_zensical_failures:
        _previous_excepthook = sys.excepthook
        sys.excepthook = _show_zensical_failures


def _show_zensical_failures(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
    # Zensical hands on the extension's error as text (``Python error: QuizError: ...``), not as a cause.
    if _zensical_failures and "QuizError" in str(error):
        for problems in dict.fromkeys(_zensical_failures):  # each page once, in order
            print(problems, file=sys.stderr)
        print("The build stopped at these mistakes in questions.", file=sys.stderr)
        return
    _previous_excepthook(kind, error, traceback)
