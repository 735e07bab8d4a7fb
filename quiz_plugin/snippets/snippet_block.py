"""``/// snippet | path`` blocks: a tested snippet's code and its recorded output on each CPython version.

A block is replaced, before any other Markdown processing, by a fenced code block with the snippet's
code and, below it, its recorded output labelled with the versions it was verified on. Where versions
print different things, content tabs (pymdownx.tabbed) show each output. Everything shown is read from
the files the test suite checks; nothing is typed into the page by hand and no code runs at build time.

The code blocks are written for the Markdown extensions the host has: titles and highlighted lines with
pymdownx.superfences; with Python-Markdown's plain ``fenced_code`` a title is a paragraph above its code;
without tabs each output is a block of its own, and without pymdownx.details helper code is shown
unfolded.

Option lines under the header, indented four spaces, change what is shown: ``show: output`` shows only
the recorded output (a question above already showed the code), ``show: code`` only the code. The code
itself is shown as ``shown_code`` says: helper code folded, the lines that matter highlighted.

Differing outputs are tabbed newest version first, so that a reader (and a page without JavaScript)
sees the newest CPython's output first. Each tab's label lists every version it covers, in the form
``version_list`` writes (``3.10, 3.11 and 3.12``): the site's script reads the labels to keep the version
a reader picked across tabs, pages and visits, so the labels stay in that form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..core.fences import FenceMap, Fences
from ..core.model import Problem
from ..core.parser import BLOCK_CLOSER_RE, normalise_line
from .recordings import SnippetError, SnippetStore, Version, newest_first, normalise_output, version_list
from .shown_code import ShownCodeError, shown_pieces

SNIPPET_HEADER_RE = re.compile(
    r"^(?P<indent>[ ]*)(?P<fence>/{3,})[ ]*snippet(?![\w-])[ ]*(?:\|[ ]*(?P<path>.*?))?[ ]*$"
)
OPTION_RE = re.compile(r"^[ ]{4,}(?P<key>[A-Za-z_][\w-]*)[ ]*:[ ]*(?P<value>.*?)[ ]*$")
# Recordings made on CPython compiled to WebAssembly (``3.14-wasm32``), the build a reader's Run runs.
BROWSER_PLATFORM = "wasm32"
SHOW_VALUES = {"code": (True, False), "output": (False, True), "code and output": (True, True)}


@dataclass(frozen=True)
class ShownOutput:
    """A snippet block's recorded output, shown on the page at a source line."""

    line: int
    path: str
    outputs: tuple[str, ...]  # each version's output, normalised as answers are compared


def code_block(
    code: str,
    language: str,
    title: str = "",
    indent: str = "",
    highlighted: Sequence[int] = (),
    fences: Fences = Fences.SUPERFENCES,
    copy: bool | None = None,
) -> list[str]:
    """A code block for ``code`` that the host's Markdown (``fences``) reads as code, at ``indent``, its
    fence longer than any backtick run inside it.

    pymdownx.superfences shows the title and the highlighted lines; Python-Markdown's ``fenced_code``
    reads neither the title nor fences inside a container, so there the title is a paragraph above
    the code, and the code is an indented block where a fence would not be read.

    ``copy`` asks Material for a Copy button (``.copy``) or for none (``.no-copy``) whatever the site's
    ``content.code.copy`` says; ``None`` leaves it to that setting. A snippet's code has one; a
    recorded output has none: nobody pastes an output anywhere, and each button costs a tab stop, a
    tooltip and set-up time when the page loads. (``fenced_code`` reads the classes too.)"""
    body = code.rstrip("\n").split("\n") if code.strip("\n") else []
    lines = []
    if title and fences is not Fences.SUPERFENCES:
        lines = [indent + markdown_text(title), ""]
    if not fences.reads_fence_at(indent):
        return lines + [indent + "    " + line if line.strip() else "" for line in body]
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    settings = f' title="{title}"' if title and fences is Fences.SUPERFENCES else ""
    if highlighted:  # fenced_code reads it too, and passes it to codehilite where the site has that
        settings += f' hl_lines="{" ".join(str(line) for line in highlighted)}"'
    if copy is None:
        header = fence + language + settings
    else:
        header = fence + "{ ." + language + (" .copy" if copy else " .no-copy") + settings + " }"
    return lines + [indent + header, *(indent + line if line else "" for line in body), indent + fence]


# Python-Markdown's backslash escapes, and `<`, which could open raw HTML.
MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")


def markdown_text(text: str) -> str:
    """``text`` as Markdown that reads as exactly that text."""
    return MARKDOWN_SPECIAL_RE.sub(r"\\\1", text).replace("<", "&lt;")


def shown_code_lines(
    code: str,
    title: str = "",
    indent: str = "",
    folding: bool = True,
    fences: Fences = Fences.SUPERFENCES,
    copy: bool = True,
) -> list[str]:
    """The Markdown that shows a snippet's code: its pieces in order, helper code folded away
    (a collapsed ``??? example`` block where pymdownx.details is there, ``folding``; otherwise shown
    open, titled with its summary). ``copy``: a Copy button on each piece (none in a question, where
    each button would be one more tab stop)."""
    lines: list[str] = []
    for piece in shown_pieces(code):
        if lines:
            lines.append("")
        if piece.summary is not None and folding:
            # The summary is Markdown: a `<heap>` in it must stay text, not become an element.
            summary = html.escape(piece.summary, quote=False).replace('"', "'")
            lines += [f'{indent}??? example "{summary}"', ""]
            lines += code_block(piece.code, "python", "", indent + "    ", piece.highlighted, fences, copy)
        else:
            label = title
            if piece.summary is not None:  # a title is an attribute's value or a paragraph of text
                summary = piece.summary.replace('"', "'")
                label = f"{title}: {summary}" if title else summary
            lines += code_block(piece.code, "python", label, indent, piece.highlighted, fences, copy)
            title = ""  # the file name heads the first piece shown open
    return lines


@dataclass
class SnippetBlocks:
    store: SnippetStore | None
    tabbed: bool  # whether pymdownx.tabbed is there to show differing outputs side by side
    folding: bool = False  # whether pymdownx.details is there to fold helper code away
    fences: Fences = Fences.SUPERFENCES  # the fenced code the host's Markdown reads
    shown: list[ShownOutput] = field(default_factory=list)  # the outputs shown so far, in page order
    # Where readers may run snippets in their browser: the line that stands, after a snippet's outputs,
    # for its Run button (given the snippet's path). None: no Run button.
    run_marker: Callable[[str], str] | None = None
    # The line that stands for a recorded output (given its text and its title), which the host turns
    # into <pre><samp>: a program's output, not code, and so none of a theme's work on code blocks.
    # None: a fenced code block, as any Markdown reads it.
    output_marker: Callable[[str, str], str] | None = None

    def expand(self, lines: Sequence[str], first_line: int) -> tuple[list[str], list[Problem]]:
        """Replace every snippet block in ``lines`` (the first of which is source line ``first_line``)."""
        if "snippet" not in "\n".join(lines):
            return list(lines), []  # most text holds none: one search instead of a regex per line
        output: list[str] = []
        problems: list[Problem] = []
        fences = FenceMap([normalise_line(line) for line in lines])
        index = 0
        while index < len(lines):
            line = normalise_line(lines[index])
            header = None if fences.is_code(index) else SNIPPET_HEADER_RE.match(line)
            if header is None:
                output.append(lines[index])
                index += 1
                continue
            number = first_line + index
            closing = index + 1
            options: list[tuple[int, str]] = []  # option lines: indented four spaces past the header
            while closing < len(lines):
                text = normalise_line(lines[closing])[len(header["indent"]) :]
                if text.startswith("    "):
                    options.append((first_line + closing, text))
                elif text.strip():
                    break
                closing += 1
            closer = BLOCK_CLOSER_RE.match(normalise_line(lines[closing]).strip()) if closing < len(lines) else None
            if closer is None or closer["fence"] != header["fence"]:
                problems.append(
                    Problem(
                        number,
                        f"a snippet block holds nothing: close it with `{header['fence']}` on the line after its "
                        "header (or after its `show:` option)",
                    )
                )
                output.append(lines[index])
                index += 1
                continue
            index = closing + 1
            show = self._options(options, problems)
            if show is None:
                continue
            try:
                output += self.render(header["path"] or "", header["indent"], show)
            except (SnippetError, ShownCodeError) as error:
                problems.append(Problem(number, str(error)))
                continue
            if show[1] and header["path"]:
                outputs = tuple(normalise_output(text) for text in self._recordings(header["path"]).values())
                self.shown.append(ShownOutput(number, header["path"].strip(), outputs))
        return output, problems

    @staticmethod
    def _options(options: list[tuple[int, str]], problems: list[Problem]) -> tuple[bool, bool] | None:
        """Whether to show the code and the output; None after a problem."""
        show = SHOW_VALUES["code and output"]
        for number, text in options:
            match = OPTION_RE.match(text)
            if match is None or match["key"] != "show":
                problems.append(
                    Problem(
                        number,
                        f"a snippet block takes one option, `show: output` or `show: code`; found `{text.strip()}`",
                    )
                )
                return None
            if match["value"] not in SHOW_VALUES:
                choices = ", ".join(f"`{value}`" for value in SHOW_VALUES)
                problems.append(Problem(number, f"`show:` takes {choices}, not `{match['value']}`"))
                return None
            show = SHOW_VALUES[match["value"]]
        return show

    def _output(self, output: str, title: str, indent: str) -> list[str]:
        if self.output_marker is None:
            return code_block(output, "text", title, indent, fences=self.fences, copy=False)
        return [indent + self.output_marker(output, title)]

    def _notes(self, versions: list[Version]) -> str:
        """What the site says of the builds among ``versions`` that need saying (``version_notes``)."""
        notes = self.store.version_notes if self.store is not None else {}
        return "; ".join(notes[str(version)] for version in versions if str(version) in notes)

    def _recordings(self, path: str) -> dict[Version, str]:
        assert self.store is not None
        return self.store.get(path).recordings()

    def render(self, path: str, indent: str = "", show: tuple[bool, bool] = (True, True)) -> list[str]:
        if not path:
            raise SnippetError("a snippet block needs a path: write `/// snippet | topic/name.py`")
        if self.store is None:
            raise SnippetError("snippet blocks need a snippets directory (the plugin's `snippets_dir` setting)")
        snippet = self.store.get(path)
        recordings = snippet.recordings()
        if not recordings:
            raise SnippetError(f"snippet `{path}` has no recorded output{self.store.record_hint()}")
        lines = [""]
        if show[0]:
            lines += [*shown_code_lines(snippet.code, snippet.path, indent, self.folding, self.fences), ""]
        if not show[1]:
            return lines
        groups: dict[str, list[Version]] = {}
        for version, output in recordings.items():
            groups.setdefault(output, []).append(version)
        if len(groups) == 1 or not self.tabbed:
            for output, versions in groups.items():
                title = f"Output on CPython {version_list(versions)}"
                if self._notes(versions):
                    title += f" · {self._notes(versions)}"
                lines += [*self._output(output, title, indent), ""]
        else:
            lines += [f"{indent}Output, by CPython version:", ""]
            for output, versions in sorted(groups.items(), key=lambda group: min(map(newest_first, group[1]))):
                lines += [f'{indent}=== "{version_list(versions)}"', ""]
                notes = self._notes(versions)
                lines += [*self._output(output, notes, indent + "    "), ""]
        if show[0] and self.run_marker is not None and any(v.platform == BROWSER_PLATFORM for v in recordings):
            # Beside the recordings, only where both the code and its output are shown (a block that
            # shows the code alone keeps its output for a question to ask), and only for a snippet
            # recorded on the build the button runs: one that needs threads or processes, or is not
            # meant for that version, has no such recording.
            lines += [indent + self.run_marker(snippet.path), ""]
        return lines
