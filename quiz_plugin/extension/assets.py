"""The browser files: one script and one stylesheet, content-hashed so browsers may cache them forever."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from ..core.strings import Strings, interface_strings

STRINGS_PLACEHOLDER = "/*STRINGS*/{}"
LANGUAGE_PLACEHOLDER = '/*LANGUAGE*/"en"'
# Comments explain the source to its readers; a reader's browser has no use for them (they were a
# quarter of the gzipped script). Only whole-line comments go, so that nothing inside a string, a
# regular expression or a line of code is ever touched.
BLOCK_COMMENT_RE = re.compile(r"^[ \t]*/\*(?:(?!\*/).)*\*/[ \t]*\n", re.MULTILINE | re.DOTALL)
LINE_COMMENT_RE = re.compile(r"^[ \t]*//.*\n", re.MULTILINE)


def without_comments(source: str) -> str:
    """``source`` (JavaScript or CSS) without the comments that fill whole lines."""
    return LINE_COMMENT_RE.sub("", BLOCK_COMMENT_RE.sub("", source))


@dataclass(frozen=True)
class Asset:
    path: str  # site-relative path, for example assets/quiz/quiz.1a2b3c4d.js
    content: str

    @property
    def name(self) -> str:
        """The file's name without its content hash (quiz.js, quiz.css), for a host that lists it by name."""
        stem, _, suffix = self.path.rsplit("/", 1)[-1].partition(".")
        return f"{stem}.{suffix.rsplit('.', 1)[-1]}"


def content_hashed(name: str, suffix: str, content: str) -> Asset:
    """``content`` as ``assets/quiz/NAME.HASH.SUFFIX``: a new name whenever it changes."""
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:8]
    return Asset(f"assets/quiz/{name}.{digest}.{suffix}", content)


def build_assets(strings: Strings) -> tuple[Asset, Asset]:
    """The script, with the site's interface strings and their language written in, and the stylesheet."""
    source = files("quiz_plugin.extension") / "static"
    script = (source / "quiz.js").read_text(encoding="utf-8")
    if STRINGS_PLACEHOLDER not in script or LANGUAGE_PLACEHOLDER not in script:
        raise RuntimeError("quiz.js lost its strings or language placeholder")
    strings_json = json.dumps(strings.script(), ensure_ascii=False, sort_keys=True)
    script = without_comments(script).replace(LANGUAGE_PLACEHOLDER, json.dumps(strings.language), 1)
    script = script.replace(STRINGS_PLACEHOLDER, strings_json, 1)
    style = BLOCK_COMMENT_RE.sub("", (source / "quiz.css").read_text(encoding="utf-8"))
    return content_hashed("quiz", "js", script), content_hashed("quiz", "css", style)


def write_assets(
    directory: str | Path, strings: Mapping[str, str] | None = None, language: str = "en"
) -> tuple[Path, Path]:
    """Write ``quiz.js`` (with the interface strings written in: the built-in ones of ``language`` and
    ``strings`` over them) and ``quiz.css`` into ``directory``, made if need be, for a host that is not MkDocs to
    copy into its site. The files are rewritten only if their content changed (a watching host would
    rebuild otherwise). Returns their paths."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for asset in build_assets(interface_strings(language, strings)):
        target = folder / asset.name
        if not target.is_file() or target.read_text(encoding="utf-8") != asset.content:
            target.write_text(asset.content, encoding="utf-8", newline="\n")
        written.append(target)
    return written[0], written[1]
