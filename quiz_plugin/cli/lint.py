"""``python -m quiz_plugin lint``: the problems a build would report about question blocks, without
building the site.

The linter runs the build's own steps (``dry_build``): every page converted with the site's Markdown
extensions and the quiz plugin, ids checked across pages in build order, links inside questions checked
against every page's anchors. So it reports exactly what the build reports, at the same lines. Given
paths, it reports the problems of those files only (a duplicate id also where the file holds the other
question), but still converts the whole site, since ids and anchors are site-wide.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.balance import Balance
from ..core.parser import parse
from ..plugin.source import display_path
from .dry_build import SiteCheck, check_site


@dataclass
class LintReport:
    problems: list[str]  # `path:line: message`, in file and line order
    files: int  # files linted
    questions: int  # quiz blocks found in them, with or without problems
    skipped: list[str]  # files given that are not pages of the site
    other_warnings: int  # warnings of the build that are not about questions
    statistics: list[str]  # the item statistics of the whole site (``Balance.report``)


class LintError(Exception):
    """A path to lint that does not exist."""


def lint(config_file: str | None, paths: Sequence[str] = ()) -> LintReport:
    missing = [path for path in paths if not os.path.exists(path)]
    if missing:
        raise LintError(f"no such file or directory: {', '.join(missing)}")
    site = check_site(config_file)
    pages = _site_pages(site)
    wanted = set(pages) if not paths else {os.path.abspath(file) for file in markdown_files(paths)}
    linted = {pages[file] for file in wanted if file in pages}
    skipped = sorted(display_path(file, site.base_dir) for file in wanted - set(pages))
    problems = sorted(
        (problem for problem in site.problems if problem.path in linted or _names(problem.message, linted)),
    )
    questions = sum(len(parse(_read(file)).blocks) for file in wanted if file in pages)
    report = [str(problem) for problem in problems] + [
        f"{path}: cannot be converted: {reason}" for path, reason in site.errors if path in linted
    ]
    return LintReport(report, len(wanted), questions, skipped, site.other_warnings, Balance(site.facts).report())


def _site_pages(site: SiteCheck) -> dict[str, str]:
    """The absolute source file of every page of the site -> its path as problems name it."""
    pages = {}
    for src_uri in site.page_urls:
        file = os.path.join(site.docs_dir, src_uri)
        if os.path.isfile(file):
            pages[os.path.abspath(file)] = display_path(file, site.base_dir)
    return pages


def _names(message: str, paths: set[str]) -> bool:
    return any(f"{path}:" in message for path in paths)


def _read(file: str) -> str:
    with open(file, encoding="utf-8-sig", errors="replace") as handle:
        return handle.read()


def markdown_files(paths: Sequence[str]) -> list[str]:
    """The Markdown files named or found under directories, absolute, in MkDocs' walking order."""
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for directory, dirnames, filenames in os.walk(path, followlinks=True):
                dirnames.sort()
                # As MkDocs walks: index (or README) first, then by name.
                filenames.sort(key=lambda name: (os.path.splitext(name)[0] not in ("index", "README"), name))
                found += [os.path.join(directory, name) for name in filenames if name.endswith(".md")]
        else:
            found.append(path)
    return list(dict.fromkeys(os.path.abspath(path) for path in found))
