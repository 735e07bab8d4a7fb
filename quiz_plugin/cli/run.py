"""``python -m quiz_plugin run PAGE.md``: a page's questions, asked in a terminal (``session``).

The page is converted as the site's build converts it: with the site's mkdocs.yml (its Markdown
extensions, the quiz plugin's settings, its snippets), or MkDocs' defaults without one. So a
code-output question shows its code, a snippet include or a ``/// snippet`` block shows what the site
shows, and a question with a problem is reported at its line, as the build reports it, and left out.
Each part (text, answers, feedback, hint, explanation) is then laid out as plain text
(``plain_text``); links are made absolute when the site has a ``site_url``.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown import Markdown

from ..bank.entries import BankEntry, SitePage, page_entries
from ..bank.export import Exporter
from ..bank.html_fragment import parse_fragment
from ..bank.support import unsupported
from ..core.answers import short_answer_text
from ..core.model import Fragment, LocatedProblem, QuestionType
from ..core.order import scrambled
from ..core.strings import Strings
from ..extension.conversion import PageResult
from ..plugin import QuizPlugin
from ..plugin.source import config_dir, display_path, source_page
from .dry_build import SiteError, collected_warnings, load_config
from .plain_text import plain_text
from .session import Console, RunChoice, RunQuestion, Session
from .site_markdown import fragment_converter

SUPPORTED = (
    QuestionType.SINGLE,
    QuestionType.MULTIPLE,
    QuestionType.TRUE_FALSE,
    QuestionType.SHORT,
    QuestionType.ORDER,
)
# Beyond every tool's settings: a tolerance is graded as on the site; shuffled options keep the
# author's order here, as on a page without JavaScript.
UNDERSTOOD = ("shuffle", "tolerance")
MAX_WIDTH = 100


def add_run_command(commands: Any) -> None:
    parser = commands.add_parser(
        "run",
        help="ask a page's questions in the terminal",
        description="Ask the questions of a page in the terminal, one after the other: answer with a letter "
        "(several for a multiple-choice question; the letters of the steps in their order for an ordering "
        "question) or type the answer; ? shows the next hint, ! the answer, an empty "
        "line goes on after a wrong answer, Ctrl-D stops. The score is printed at the end. Reads any input: "
        "a terminal, a pipe or a file.",
    )
    parser.add_argument("page", metavar="PAGE", help="a Markdown page with questions, such as docs/gc.md")


def run(config_file: str | None, page: str) -> int:
    """Ask the page's questions; the exit status."""
    try:
        loaded = load_page(config_file, page)
    except KeyboardInterrupt:
        return 130
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    if not loaded.questions:
        print(f"quiz run: no question to ask in {loaded.path}", file=sys.stderr)
        return 1
    _reconfigure(sys.stdin)
    console = Console(sys.stdin, sys.stdout)
    count = len(loaded.questions)
    try:
        console.say(f"{loaded.path}: {count} question{'s' * (count != 1)}.")
        console.say('Answer with a letter (several, such as "a c", where all that apply are asked) or type the answer.')
        console.say("Type ? for the hint, ! to show the answer; Ctrl-D stops.")
        status = Session(loaded.questions, loaded.strings, console).run()
    except BrokenPipeError:  # the output was closed (`| head`): stop quietly, as other commands do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status or (1 if loaded.problems else 0)


@dataclass(frozen=True)
class LoadedPage:
    path: str  # as problems name it
    questions: list[RunQuestion]  # those the runner can ask, in page order
    problems: list[str]  # ``path:line: message``: authoring mistakes, and questions left out
    strings: Strings  # the site's interface strings


def load_page(config_file: str | None, page: str, width: int | None = None) -> LoadedPage:
    """The page's questions laid out for the terminal, and its problems (``path:line: message``)."""
    if not os.path.isfile(page):
        raise SiteError(f"{page}: no such file")
    with collected_warnings("mkdocs"), collected_warnings("quiz_plugin"):
        config = load_config(config_file)
        plugin = next((p for p in config.plugins.values() if isinstance(p, QuizPlugin)), None)
        if plugin is None:
            raise SiteError(f"{config.config_file_path}: the quiz plugin is not in `plugins`")
        config = config.plugins.on_config(config)
        base_dir = config_dir(config.config_file_path)
        file = os.path.abspath(page)
        path = display_path(file, base_dir)
        docs_dir = os.path.abspath(config.docs_dir)
        src_uri = os.path.relpath(file, docs_dir).replace(os.sep, "/") if file.startswith(docs_dir + os.sep) else ""
        try:
            with open(file, encoding="utf-8-sig") as handle:
                source = source_page(path, handle.read(), src_uri, file)
        except (OSError, UnicodeDecodeError) as error:
            raise SiteError(f"{path}: cannot be read: {error}") from error
        results: list[PageResult] = []
        extension = plugin.extension
        extension.setConfig("on_page", results.append)  # the result of this page's conversion
        extension.set_page(path, source.line_offset)
        try:
            Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs).convert(
                source.markdown
            )
        except Exception as error:  # noqa: BLE001 (another extension's failure, reported as MkDocs does)
            raise SiteError(f"{path}: cannot be converted: {type(error).__name__}: {error}") from error
        page_urls = _page_urls(config) if config.site_url else {}
        site_page = SitePage(source, page_urls.get(src_uri, ""), "")
        to_html = fragment_converter(config, extension)
    problems: list[LocatedProblem] = list(results[0].problems) if results else []
    entries = page_entries(site_page, list(results[0].questions) if results else [], extension.snippets)
    layout = Layout(Exporter(config.site_url or "", page_urls), to_html, width or _width())
    questions, messages = [], [str(problem) for problem in sorted(problems)]
    for entry in entries:
        reason = unsupported(entry, SUPPORTED, "terminal runner", UNDERSTOOD)
        if reason is None:
            questions.append(layout.question(entry))
        else:
            messages.append(f"{reason}: left out")
    return LoadedPage(path, questions, messages, extension.strings)


class Layout:
    """A bank entry's parts as plain text."""

    def __init__(self, exporter: Exporter, to_html: Callable[[str], str], width: int) -> None:
        self.exporter, self.to_html, self.width = exporter, to_html, width

    def question(self, entry: BankEntry) -> RunQuestion:
        question = entry.question
        short = question.type is QuestionType.SHORT
        choices = tuple(
            RunChoice(
                short_answer_text(choice.body.text) if short else self.text(entry, choice.body, indent=5),
                choice.correct,
                self.text(entry, choice.feedback, indent=5) if choice.feedback is not None else None,
            )
            for choice in question.choices
        )
        return RunQuestion(
            entry.id,
            question.type,
            question.numeric,
            self._plain(self.exporter.stem(entry), 0),
            choices,
            tuple(self.text(entry, hint, indent=2) for hint in question.hints),
            self.text(entry, question.explanation, indent=2) if question.explanation is not None else None,
            question.tolerance,
            # An ordering question's steps scrambled as on a page without JavaScript.
            tuple(scrambled(len(question.choices), question.id)) if question.type is QuestionType.ORDER else (),
        )

    def text(self, entry: BankEntry, fragment: Fragment | None, indent: int) -> str:
        return self._plain(self.exporter.markdown(entry, fragment), indent)

    def _plain(self, markdown: str, indent: int) -> str:
        return plain_text(parse_fragment(self.to_html(markdown)), self.width - indent)


def _page_urls(config: Any) -> dict[str, str]:
    from mkdocs.structure.files import get_files

    return {file.src_uri: file.url for file in get_files(config).documentation_pages()}


def _width() -> int:
    return min(shutil.get_terminal_size((80, 24)).columns, MAX_WIDTH)


def _reconfigure(stream: Any) -> None:
    """Undecodable input is an answer like any other (read with replacement characters), not a crash."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
