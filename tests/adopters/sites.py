"""A small example site per host: the same pages (every example of docs/writing-questions.md, code in
answers and feedback, a snippet with folded and highlighted code), each host's own configuration.

The names an adopter writes are written here once: the MkDocs plugin's (``PLUGIN``) and the Markdown
extension's (``EXTENSION``), both entry points of the distribution (pyproject.toml).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from support import ROOT

PLUGIN = "quizblocks"  # the MkDocs plugin's entry point
EXTENSION = "quizblocks"  # the Markdown extension's entry point
HERE = Path(__file__).resolve().parent
GUIDE = ROOT / "docs" / "writing-questions.md"
SECTION_RE = re.compile(
    r"^<!-- --8<-- \[start:(?P<name>[\w-]+)\] -->\n(?P<body>.*?)^<!-- --8<-- \[end:(?P=name)\] -->$", re.M | re.S
)
SNIPPET_RE = re.compile(r"^(?:[ ]{4}snippet:|/// snippet \|)[ ]*(?P<path>\S+)", re.M)

INDEX = """# Example site

Every example of "Writing questions", on [the examples page](examples.md).
"""

EXTRA = """## Code in answers and feedback

/// quiz | adopter-code-answers
Which line prints `[1]`?

- [x] ```python
      print([1])
      ```
    > A list of one element, printed with its brackets:
    >
    > ```text
    > [1]
    > ```
- [ ] ```python
      print(1)
      ```
    > This prints a bare `1`.

`print` shows a list with its brackets.
///

## Folded and highlighted code

/// snippet | overview/arenas_after_del.py
///
"""

BROKEN = """# Broken

/// quiz | adopter-broken
Which answer is right?

- [ ] This one
- [ ] That one
///
"""
BROKEN_LINE = 6  # the first answer: no answer is marked correct
BROKEN_MESSAGE = "no answer is marked correct: tick the right one with `[x]`"

# A question in a list item with code in it: only pymdownx.superfences reads a fence there.
CODE_IN_A_LIST = """# Steps

1. Run this.

    /// quiz | adopter-code-in-a-list
    What does this print?

    ```python
    print(1)
    ```

    - [x] 1
    - [ ] 2
    ///
"""
CODE_IN_A_LIST_LINE = 8  # the fence


def guide_examples() -> dict[str, str]:
    """Every example of docs/writing-questions.md, by its name there, as its Markdown."""
    return {match["name"]: match["body"] for match in SECTION_RE.finditer(GUIDE.read_text(encoding="utf-8"))}


def questions_page() -> str:
    # The single-choice example links to this heading of the guide.
    parts = ["# Questions", "", "## The shape of a block", ""]
    for name, body in guide_examples().items():
        parts += [f"## Example: {name}", "", body]
    return "\n".join([*parts, EXTRA])


def write_pages(docs: Path, snippets: Path) -> None:
    """The example pages into ``docs``, and the snippets they show (with their recordings) into ``snippets``."""
    docs.mkdir(parents=True)
    (docs / "index.md").write_text(INDEX, encoding="utf-8")
    questions = questions_page()
    (docs / "examples.md").write_text(questions, encoding="utf-8")
    for path in sorted({match["path"] for match in SNIPPET_RE.finditer(questions)}):
        source = ROOT / "snippets" / path
        target = snippets / path
        target.parent.mkdir(parents=True, exist_ok=True)
        for file in source.parent.glob(f"{source.stem}.*"):
            shutil.copy(file, target.parent / file.name)


def _this_sites_extensions() -> list[object]:
    """This site's Markdown extensions (mkdocs.yml), its includes read from the example's own pages."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions: list[object] = []
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            entry = {"pymdownx.snippets": {"base_path": ["docs"], "check_paths": True}}
        extensions.append(entry)
    return extensions


def _mkdocs_site(theme: object, extensions: list[object] | None = None) -> Callable[[Path, str], None]:
    def write(directory: Path, site_url: str) -> None:
        config: dict[str, object] = {
            "site_name": "Example",
            "site_url": site_url,
            "theme": theme,
            "plugins": ["search", PLUGIN],
        }
        if extensions is not None:
            config["markdown_extensions"] = extensions
        (directory / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")

    return write


ZENSICAL_TOML = """[project]
site_name = "Example"
site_url = "{site_url}"
extra_css = ["assets/quiz/quiz.css"]
extra_javascript = ["assets/quiz/quiz.js"]

[project.theme]
font = false
features = ["navigation.instant"]

# The extensions of `zensical new`, and the quiz extension: listed here, since Zensical ignores MkDocs
# plugins. strict: a question with a mistake fails the build (Zensical does not count warnings).
[project.markdown_extensions]
abbr = {{}}
admonition = {{}}
attr_list = {{}}
def_list = {{}}
footnotes = {{}}
md_in_html = {{}}
toc.permalink = true
pymdownx.betterem = {{}}
pymdownx.details = {{}}
pymdownx.highlight.anchor_linenums = true
pymdownx.highlight.line_spans = "__span"
pymdownx.highlight.pygments_lang_class = true
pymdownx.inlinehilite = {{}}
pymdownx.superfences = {{}}
pymdownx.tabbed.alternate_style = true
pymdownx.tasklist.custom_checkbox = true
"{extension}" = {{ strict = true, snippets_dir = "snippets" }}
"""


def _zensical_site(directory: Path, site_url: str) -> None:
    text = ZENSICAL_TOML.format(site_url=site_url, extension=EXTENSION)
    (directory / "zensical.toml").write_text(text, encoding="utf-8")


def _bare_site(directory: Path, site_url: str) -> None:
    shutil.copy(HERE / "bare_build.py", directory / "build.py")


@dataclass(frozen=True)
class Host:
    name: str
    write_config: Callable[[Path, str], None]
    build: tuple[str, ...]  # the command that builds the site into site/, run in its directory
    search_index: str  # where the built site's search index is ("" for none)
    assets: tuple[str, ...] = ()  # a command to run first: the browser files, for a host that is not MkDocs
    superfences: bool = False  # whether its Markdown reads fences inside containers (pymdownx.superfences)

    def write(self, directory: Path, site_url: str) -> None:
        write_pages(directory / "docs", directory / "snippets")
        self.write_config(directory, site_url)


MKDOCS_BUILD = ("python", "-m", "mkdocs", "build", "--strict")
HOSTS = [
    # The mkdocs theme fetches highlight.js from a CDN unless told not to: the tests never leave the machine.
    Host(
        "mkdocs-default",
        _mkdocs_site({"name": "mkdocs", "highlightjs": False}),
        MKDOCS_BUILD,
        "search/search_index.json",
    ),
    Host(
        "readthedocs",
        _mkdocs_site({"name": "readthedocs", "highlightjs": False}),
        MKDOCS_BUILD,
        "search/search_index.json",
    ),
    Host("material-plain", _mkdocs_site({"name": "material", "font": False}), MKDOCS_BUILD, "search/search_index.json"),
    Host(
        "material-pymdownx",
        _mkdocs_site({"name": "material", "font": False, "features": ["navigation.instant"]}, _this_sites_extensions()),
        MKDOCS_BUILD,
        "search/search_index.json",
        superfences=True,
    ),
    Host(
        "zensical",
        _zensical_site,
        ("python", "-m", "zensical", "build", "--clean", "--strict"),
        "search.json",
        ("python", "-m", "quiz_plugin", "assets", "docs/assets/quiz"),
        superfences=True,
    ),
    Host("bare-markdown", _bare_site, ("python", "build.py"), "search.json"),
]
