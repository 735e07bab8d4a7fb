"""``/// snippet | path`` blocks: a tested snippet's code and its recorded output on each CPython version.

A block is replaced, before any other Markdown processing, by a fenced code block with the snippet's
code and, below it, its recorded output labelled with the versions it was verified on. Where versions
print different things, content tabs (pymdownx.tabbed) show each output. Everything shown is read from
the files the test suite checks; nothing is typed into the page by hand and no code runs at build time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Problem
from .parser import BLOCK_CLOSER_RE, CodeFence, normalise_line
from .recordings import SnippetError, SnippetStore, Version, version_list

SNIPPET_HEADER_RE = re.compile(
    r"^(?P<indent>[ ]*)(?P<fence>/{3,})[ ]*snippet(?![\w-])[ ]*(?:\|[ ]*(?P<path>.*?))?[ ]*$"
)


def code_block(code: str, language: str, title: str = "", indent: str = "") -> list[str]:
    """A fenced code block for ``code``, with a fence longer than any backtick run inside it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    header = fence + language + (f' title="{title}"' if title else "")
    body = code.rstrip("\n").split("\n") if code.strip("\n") else []
    return [indent + header, *(indent + line if line else "" for line in body), indent + fence]


@dataclass
class SnippetBlocks:
    store: SnippetStore | None
    tabbed: bool  # whether pymdownx.tabbed is there to show differing outputs side by side

    def expand(self, lines: Sequence[str], first_line: int) -> tuple[list[str], list[Problem]]:
        """Replace every snippet block in ``lines`` (the first of which is source line ``first_line``)."""
        if "snippet" not in "\n".join(lines):
            return list(lines), []  # most text holds none: one search instead of a regex per line
        output: list[str] = []
        problems: list[Problem] = []
        fence = CodeFence()
        index = 0
        while index < len(lines):
            line = normalise_line(lines[index])
            header = None if fence.feed(line) else SNIPPET_HEADER_RE.match(line)
            if header is None:
                output.append(lines[index])
                index += 1
                continue
            number = first_line + index
            closing = index + 1
            while closing < len(lines) and not normalise_line(lines[closing]).strip():
                closing += 1
            closer = BLOCK_CLOSER_RE.match(normalise_line(lines[closing]).strip()) if closing < len(lines) else None
            if closer is None or closer["fence"] != header["fence"]:
                problems.append(
                    Problem(
                        number, f"a snippet block holds nothing: close it with `{header['fence']}` on the next line"
                    )
                )
                output.append(lines[index])
                index += 1
                continue
            index = closing + 1
            try:
                output += self.render(header["path"] or "", header["indent"])
            except SnippetError as error:
                problems.append(Problem(number, str(error)))
        return output, problems

    def render(self, path: str, indent: str = "") -> list[str]:
        if not path:
            raise SnippetError("a snippet block needs a path: write `/// snippet | topic/name.py`")
        if self.store is None:
            raise SnippetError("snippet blocks need a snippets directory (the plugin's `snippets_dir` setting)")
        snippet = self.store.get(path)
        recordings = snippet.recordings()
        if not recordings:
            raise SnippetError(f"snippet `{path}` has no recorded output: run `./dev test --update-snippets`")
        lines = ["", *code_block(snippet.code, "python", snippet.path, indent), ""]
        groups: dict[str, list[Version]] = {}
        for version, output in recordings.items():
            groups.setdefault(output, []).append(version)
        if len(groups) == 1 or not self.tabbed:
            for output, versions in groups.items():
                lines += [*code_block(output, "text", f"Output on CPython {version_list(versions)}", indent), ""]
            return lines
        lines += [f"{indent}Output, by CPython version:", ""]
        for output, versions in groups.items():
            lines += [f'{indent}=== "{version_list(versions)}"', ""]
            lines += [*code_block(output, "text", "", indent + "    "), ""]
        return lines
