"""``python -m quiz_plugin lint``: the build's checks of question blocks, without building the site.

Every page is checked by ``check.PageChecker`` (the extension's own preprocessor, so exactly the build's
rules, including code-output answers against the recorded snippet output), and ids across pages by
the same registry the plugin uses, in the build's page order. Given paths, the linter reports the
problems of those files only, but still reads the whole site, so that an id a changed file shares
with any other page is caught.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from .bank import SitePage
from .check import SourcePage
from .model import LocatedProblem
from .site import Site, markdown_files
from .validate import IdRegistry, QuestionPlace


@dataclass
class LintReport:
    problems: list[LocatedProblem]
    files: int  # files linted
    questions: int  # quiz blocks found in them, with or without problems


class LintError(Exception):
    """A path to lint that does not exist or cannot be read."""


def lint(site: Site, paths: Sequence[str] = ()) -> LintReport:
    """The problems of the files under ``paths`` (every page of the site if there are none)."""
    site_files = {page.source.file: page for page in site.pages}
    if paths:
        missing = [path for path in paths if not os.path.exists(path)]
        if missing:
            raise LintError(f"no such file or directory: {', '.join(missing)}")
        targets = markdown_files(paths)
    else:
        targets = list(site_files)
    extra = [_outside_page(file, site.base_dir) for file in targets if file not in site_files]
    linted = {site_files[file].source.path if file in site_files else _display(file, site.base_dir) for file in targets}

    checker = site.checker()
    registry = IdRegistry()
    problems: list[LocatedProblem] = []
    questions = 0
    for page in site.pages + extra:
        check = checker.check(page.source)
        mine = page.source.path in linted
        if mine:
            problems += check.problems
            questions += len(checker.extension.last.blocks)
        for question in check.questions:
            place = QuestionPlace(question.id, page.source.path, question.line + page.source.line_offset)
            duplicate = registry.add(place)
            if duplicate is not None and (mine or registry.first[place.id].path in linted):
                problems.append(duplicate)
    return LintReport(sorted(problems), len(targets), questions)


def _outside_page(file: str, base_dir: str) -> SitePage:
    try:
        return SitePage(SourcePage.read(file, _display(file, base_dir)), "")
    except (OSError, UnicodeDecodeError) as error:
        raise LintError(f"cannot read {file}: {error}") from error


def _display(file: str, base_dir: str) -> str:
    return os.path.relpath(file, base_dir).replace(os.sep, "/")
