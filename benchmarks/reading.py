"""How each chapter reads: length, time to work through, sentence length, breaks, and its questions.

    .venv/bin/python benchmarks/reading.py            # every chapter of the navigation
    .venv/bin/python benchmarks/reading.py gc.md      # some chapters

It builds the site (in this process, into a temporary directory) and reads each chapter's article as
a reader sees it:

- **words**: prose (paragraphs, list items, table cells, admonitions), not code, outputs or questions;
- **minutes** to work through the chapter: prose at 180 words a minute, code and output at 20 lines a
  minute (not the folded helper code, and one version's output where tabs show several), and each
  question its words at 180 a minute plus 45 seconds to think and answer;
- **sentence length**: the mean words per sentence of paragraphs and list items, and the share of
  sentences over 30 words;
- **longest stretch**: the most prose words in a row without a break (a heading, code, a figure, a
  table, an admonition or a question);
- **questions**: by type, how many are code-output questions, how many carry each level (`level:`),
  how many are recaps, and how many ask for an answer that a snippet block above them already prints
  (the predict-first check of quiz_plugin, counted whether or not the site turns it on).

It prints figures; it passes or fails nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROSE_WPM = 180
CODE_LINES_PER_MINUTE = 20
SECONDS_PER_QUESTION = 45
LONG_SENTENCE = 30
# Where a sentence does not end although a full stop follows.
ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.", "No.", "Fig.")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9`\"'(\[*_])")
BREAK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "img", "svg", "table", "hr"}
PROSE_TAGS = {"p", "li", "td", "th", "dd", "dt", "figcaption"}
SKIPPED_CLASSES = {"headerlink", "md-clipboard"}


@dataclass
class Reading:
    words: int = 0
    code_lines: int = 0
    question_words: int = 0
    sentences: list[int] = field(default_factory=list)  # words in each sentence
    stretches: list[int] = field(default_factory=lambda: [0])


class ArticleReader(HTMLParser):
    """Collects the figures of one page's article (the Material theme's ``md-content__inner``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.reading = Reading()
        self.depth = 0  # inside the article: the element depth; 0 outside
        self.skip_depth = 0  # inside something not read as prose (code, a question, a script)
        self.quiz_depth = 0
        self.prose: list[str] = []  # the text of the prose block being read
        self.prose_depth = 0
        self.pre_depth = 0
        self.pre_text: list[str] = []
        self.tabs: list[list[int]] = []  # for each open set of tabs: [its depth, tab blocks seen]
        self.folded_depth = 0  # inside a collapsed <details>: folded helper code is not read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if not self.depth:
            if tag == "article" and "md-content__inner" in classes:
                self.depth = 1
            return
        if tag in ("input", "img", "br", "hr", "meta", "link", "source", "wbr"):
            if tag in BREAK_TAGS:
                self._break()
            return  # void elements never close
        self.depth += 1
        if tag == "pre" or self.pre_depth:
            self.pre_depth += 1
        if self.folded_depth:
            self.folded_depth += 1
        elif tag == "details" and "open" not in dict(attrs):
            self.folded_depth = 1
        if "tabbed-set" in classes:
            self.tabs.append([self.depth, 0])
        elif "tabbed-block" in classes and self.tabs:
            self.tabs[-1][1] += 1
        if self.skip_depth:
            self.skip_depth += 1
            if self.quiz_depth:
                self.quiz_depth += 1
            return
        if "quiz" in classes and tag == "div":
            self._break()
            self.skip_depth = self.quiz_depth = 1
        elif tag in ("script", "style", "svg") or classes & SKIPPED_CLASSES or "highlight" in classes:
            if "highlight" in classes or tag == "svg":
                self._break()
            self.skip_depth = 1
        elif tag in BREAK_TAGS or "admonition" in classes or tag == "details" or "tabbed-set" in classes:
            self._break()
        if tag in PROSE_TAGS and not self.prose_depth:
            self.prose_depth = 1
            self.prose = []
        elif self.prose_depth:
            self.prose_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.depth or tag in ("input", "img", "br", "hr", "meta", "link", "source", "wbr"):
            return
        if self.tabs and self.tabs[-1][0] == self.depth:
            self.tabs.pop()
        self.depth -= 1
        if self.folded_depth:
            self.folded_depth -= 1
        if self.pre_depth:
            self.pre_depth -= 1
            if not self.pre_depth:
                text = "".join(self.pre_text).strip("\n")
                self.reading.code_lines += text.count("\n") + 1 if text else 0
                self.pre_text = []
        if self.skip_depth:
            self.skip_depth -= 1
            if self.quiz_depth:
                self.quiz_depth -= 1
            return
        if self.prose_depth:
            self.prose_depth -= 1
            if not self.prose_depth:
                self._paragraph(" ".join(self.prose), sentences=tag in ("p", "li"))
        if tag in BREAK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        # Code and output: a reader reads one version's tab of outputs, not every one.
        if self.pre_depth and not self.folded_depth and not (self.tabs and self.tabs[-1][1] > 1):
            self.pre_text.append(data)
        if self.skip_depth:
            if self.quiz_depth and not self.pre_depth:  # a question's code counts as code lines
                self.reading.question_words += len(data.split())
            return
        if self.prose_depth:
            self.prose.append(data)

    def _paragraph(self, text: str, sentences: bool) -> None:
        words = text.split()
        self.reading.words += len(words)
        self.reading.stretches[-1] += len(words)
        if sentences and words:
            self.reading.sentences += [len(sentence.split()) for sentence in split_sentences(" ".join(words))]

    def _break(self) -> None:
        if self.reading.stretches[-1]:
            self.reading.stretches.append(0)


def split_sentences(text: str) -> list[str]:
    protected = text
    for abbreviation in ABBREVIATIONS:
        protected = protected.replace(abbreviation, abbreviation.replace(".", "\x00"))
    return [part.replace("\x00", ".") for part in SENTENCE_END_RE.split(protected) if part.strip()]


@dataclass
class Chapter:
    title: str
    src_uri: str
    reading: Reading
    questions: Counter[str]

    @property
    def minutes(self) -> float:
        r = self.reading
        count = self.questions["all"]
        return (
            r.words / PROSE_WPM
            + r.code_lines / CODE_LINES_PER_MINUTE
            + r.question_words / PROSE_WPM
            + count * SECONDS_PER_QUESTION / 60
        )


def question_counts() -> dict[str, Counter[str]]:
    """For each page (by source path): its questions by type, level and predict-first."""
    from quiz_plugin.cli.dry_build import check_site

    site = check_site(str(ROOT / "mkdocs.yml"), keep_questions=True)
    counts: dict[str, Counter[str]] = {}
    for entry in site.bank.entries:
        counter = counts.setdefault(entry.page.source.src_uri, Counter())
        question = entry.question
        counter["all"] += 1
        counter[question.type.value] += 1
        counter["code output"] += "snippet" in question.settings
        counter[f"level {question.level or 'not given'}"] += 1
        counter["recap"] += question.recap
    predicting = check_site(str(ROOT / "mkdocs.yml"), options={"predict_first": True})
    for problem in predicting.problems:
        if "asks about" in problem.message or "is printed by" in problem.message:
            src_uri = problem.path.removeprefix("docs/")
            counts.setdefault(src_uri, Counter())["answer shown above"] += 1
    return counts


def chapters(names: list[str]) -> list[Chapter]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from quiz_plugin.plugin.navigation import nav_titles

    with tempfile.TemporaryDirectory() as out:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=out)
        build(config)
        questions = question_counts()
        found = []
        for src_uri, title in nav_titles(config.nav).items():
            if (names and src_uri not in names) or not questions.get(src_uri, Counter())["all"]:
                continue
            page = Path(out) / (src_uri[:-3] if src_uri != "index.md" else "") / "index.html"
            html = page.read_text(encoding="utf-8")
            reader = ArticleReader()
            reader.feed(html)
            found.append(Chapter(title or src_uri, src_uri, reader.reading, questions[src_uri]))
        return found


def report(found: list[Chapter]) -> None:
    header = (
        f"{'chapter':<22} {'words':>6} {'min':>5} {'words/sent':>10} {'>30 words':>9} {'stretch':>7} "
        f"{'code':>5} {'questions':>9} {'code-out':>8} {'shown above':>11}"
    )
    print(header)
    print("-" * len(header))
    for chapter in found:
        r = chapter.reading
        sentences = r.sentences or [0]
        mean = sum(sentences) / len(sentences)
        long = sum(length > LONG_SENTENCE for length in sentences) / len(sentences)
        q = chapter.questions
        print(
            f"{chapter.title[:22]:<22} {r.words:>6} {chapter.minutes:>5.0f} {mean:>10.1f} {long:>9.0%} "
            f"{max(r.stretches):>7} {r.code_lines:>5} {q['all']:>9} {q['code output']:>8} {q['answer shown above']:>11}"
        )
    print()
    print("Questions by type and level:")
    for chapter in found:
        q = chapter.questions
        kinds = ", ".join(f"{q[kind]} {kind}" for kind in ("single", "multiple", "true-false", "short") if q[kind])
        levels = ", ".join(
            f"{q[key]} {key.removeprefix('level ')}" for key in sorted(q) if key.startswith("level ") and q[key]
        )
        print(f"  {chapter.title}: {kinds}; levels: {levels}; recap: {q['recap']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chapters", nargs="*", help="source paths of chapters, such as gc.md (default: all)")
    args = parser.parse_args()
    import logging

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    report(chapters(args.chapters))


if __name__ == "__main__":
    main()
