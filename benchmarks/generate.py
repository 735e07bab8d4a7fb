"""Write synthetic benchmark sites: one with quiz blocks, and its plain-Markdown twin.

Both twins hold the same pages, headings, prose and question text, and use the project's own theme
and Markdown extensions (read from the root mkdocs.yml). As on a real page, each question has a heading
of its own above it (so the table of contents, its permalinks and the search index's sections are
there in both twins). The only differences: the quiz twin lists the `quizblocks` plugin and wraps
each question in `/// quiz | <id>` ... `///` (with its settings lines); the plain twin leaves those three
kinds of lines out, so the question is ordinary paragraphs and lists. The build-time ratio of the two
is then the cost of the plugin alone.

The quiz twin has the plugin as a site that adopts it gets it: the pages and files it adds only on
request (`OPT_IN_PAGES`) are off, as by default, while every check this site asks of each page stays
on (`predict_first`, the balance thresholds, ...: more work than the defaults, not less). A third
site, the quiz twin with this site's opt-in pages (the "All questions" chapters, the progress page,
quizzes.json), measures what those cost on their own.

    python benchmarks/generate.py OUT_DIR --pages 20 --per-page 50
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# Four kinds of question in turn, shaped like the site's own: code, feedback, hints, explanations.
TEMPLATES = [
    """\
/// quiz | {id}
What does this print on CPython 3.12 (question {n})?

```python
import sys
x = [{n}] * 3
print(sys.getrefcount(x))
```

- [ ] `1`
    > The name `x` holds one reference, but the call holds another one.
- [x] `2`
    > One reference from the name `x`, one from the call's argument.
- [ ] `3`
    > The three list items refer to the `int` `{n}`, not to the list.
- [ ] `4294967295`
    > That is the count of an *immortal* object such as `None` on 3.12.

Hint: `getrefcount` receives the object as an argument.

`sys.getrefcount()` counts the reference held by its own argument, so it reports one more than
the references you made. Lists are mortal, so their count is exact.
///
""",
    """\
/// quiz | {id}
    type: multiple
Which of these objects does the cyclic garbage collector track (question {n})?

- [x] `[]`
    > Lists are containers and can be part of a cycle, so they are tracked.
- [ ] `'abc{n}'`
    > A string cannot refer to other objects, so it can never be part of a cycle.
- [x] An instance of `class C: pass`
    > Instances of user classes can refer to anything, so they are tracked.
- [ ] `{n}`
    > An `int` holds no references to other objects.

The collector only tracks objects that can refer to other objects: `gc.is_tracked()` tells you
which ones.
///
""",
    """\
/// quiz | {id}
    type: true-false
{statement} (question {n}).

- [{true}] True
    > `gc.disable()` turns off only the *automatic cyclic* collector.
- [{false}] False
    > Reference counting still frees every object whose count drops to zero.

Reference counting frees most objects the moment their last reference goes away; the cyclic
collector exists for reference cycles only.
///
""",
    """\
/// quiz | {id}
    type: short
    numeric: true
What is the largest request, in bytes, that pymalloc serves itself (question {n})?

- [x] 512
- [ ] 256
    > Half of it: `sys._debugmallocstats()` prints `Small block threshold = 512`.
- [ ] 4096
    > 4 KiB is a *pool* size on older versions, not the request threshold.

Hint: Look at `SMALL_REQUEST_THRESHOLD`.

Requests of 1 to 512 bytes are served from pymalloc's pools; larger ones go to the system allocator.
///
""",
]

# The heading above each kind of question, in the same turn as TEMPLATES.
HEADINGS = [
    "What `sys.getrefcount()` counts ({n})",
    "What the cyclic collector tracks ({n})",
    "What `gc.disable()` turns off ({n})",
    "pymalloc's size threshold ({n})",
]

PROSE = (
    "Some prose between questions, as on a real page: CPython keeps small objects in pools of "
    "fixed-size blocks, and reference counting frees most of them at once. See `Objects/obmalloc.c`."
)


@dataclass(frozen=True)
class SiteShape:
    pages: int
    per_page: int

    @property
    def questions(self) -> int:
        return self.pages * self.per_page


# True/false statements alternate between a false one and a true one, as the item statistics ask.
STATEMENTS = [
    ("`gc.disable()` stops CPython from freeing any memory", False),
    ("After `gc.disable()`, reference counting still frees unreachable objects", True),
]


def question_blocks(page: int, per_page: int) -> Iterator[str]:
    for index in range(per_page):
        number = page * per_page + index + 1
        statement, true = STATEMENTS[number // len(TEMPLATES) % len(STATEMENTS)]
        block = TEMPLATES[index % len(TEMPLATES)].format(
            id=f"p{page:03d}-q{index:02d}",
            n=number,
            statement=statement,
            true="x" if true else " ",
            false=" " if true else "x",
        )
        # The right answer moves from question to question, as the item statistics ask.
        yield rotated_choices(block, number // len(TEMPLATES)) if index % len(TEMPLATES) == 0 else block


def rotated_choices(block: str, turn: int) -> str:
    """The block with its answers (each with its feedback lines) rotated by ``turn`` places."""
    lines = block.split("\n")
    first = next(n for n, line in enumerate(lines) if line.startswith("- ["))
    end = first
    choices: list[list[str]] = []
    while end < len(lines) and (lines[end].startswith("- [") or lines[end].startswith("    ")):
        if lines[end].startswith("- ["):
            choices.append([])
        choices[-1].append(lines[end])
        end += 1
    shift = turn % len(choices)
    choices = choices[shift:] + choices[:shift]
    return "\n".join(lines[:first] + [line for choice in choices for line in choice] + lines[end:])


def as_plain_markdown(block: str) -> str:
    """The same question without the quiz syntax: the header, its settings and the closing line go."""
    lines = block.splitlines()
    assert lines[0].startswith("/// quiz") and lines[-1] == "///", block
    body = lines[1:-1]
    while body and body[0].startswith("    "):  # settings sit right under the header
        body = body[1:]
    return "\n".join(body) + "\n"


def page_markdown(page: int, per_page: int, plain: bool) -> str:
    parts = [f"# Page {page + 1}\n", PROSE + "\n"]
    for index, block in enumerate(question_blocks(page, per_page)):
        heading = HEADINGS[index % len(HEADINGS)].format(n=page * per_page + index + 1)
        parts.append(f"## {heading}\n")
        parts.append(as_plain_markdown(block) if plain else block)
        parts.append(PROSE + "\n")
    return "\n".join(parts)


# The plugin's options that add pages or files to a site; each is off unless a site asks for it.
OPT_IN_PAGES = ("questions_page", "progress_page", "quizzes_json", "answer_key", "answer_key_page")
# This site's options that need its tested snippets or its npm packages, which the synthetic pages have
# none of (a Run button copies Pyodide from node_modules): left out of every twin.
SNIPPETS_ONLY = ("run_snippets", "pyodide_dir")


def site_config(name: str, plain: bool, search: bool = True, opt_in_pages: bool = False) -> dict[str, object]:
    """The project's theme, plugins and Markdown extensions, without its nav and paths (and, unless
    ``opt_in_pages``, without the plugin's options that add pages or files)."""
    project = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions = []
    for extension in project["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            extension = {"pymdownx.snippets": {"base_path": ["docs"], "check_paths": True}}
        extensions.append(extension)
    theme = dict(project["theme"])
    if "custom_dir" in theme:  # relative to the project's mkdocs.yml
        theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    plugins = [
        _without(plugin, OPT_IN_PAGES + SNIPPETS_ONLY if not opt_in_pages else SNIPPETS_ONLY)
        if _plugin_name(plugin) == "quizblocks"
        else plugin
        for plugin in project["plugins"]
        if not (plain and _plugin_name(plugin) == "quizblocks") and (search or _plugin_name(plugin) != "search")
    ]
    return {
        "site_name": name,
        "strict": True,
        "theme": theme,
        "plugins": plugins,
        "markdown_extensions": extensions,
    }


def _plugin_name(entry: str | dict[str, object]) -> str:
    """A plugin's name in mkdocs.yml: the entry itself, or the key of its options."""
    return entry if isinstance(entry, str) else next(iter(entry))


def _without(entry: str | dict[str, object], left_out: tuple[str, ...]) -> str | dict[str, object]:
    """The plugin's entry in mkdocs.yml with the options ``left_out`` left out."""
    if isinstance(entry, str):
        return entry
    name, options = next(iter(entry.items()))
    assert isinstance(options, dict)
    return {name: {key: value for key, value in options.items() if key not in left_out}}


def write_site(directory: Path, shape: SiteShape, plain: bool, search: bool = True, opt_in_pages: bool = False) -> Path:
    """Write one twin into ``directory`` and return its mkdocs.yml (without the search plugin if asked;
    with the plugin's opt-in pages if asked)."""
    docs = directory / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Benchmark site\n\n" + PROSE + "\n", encoding="utf-8")
    for page in range(shape.pages):
        (docs / f"page-{page:03d}.md").write_text(page_markdown(page, shape.per_page, plain), encoding="utf-8")
    name = f"{'Plain' if plain else 'Quiz'} twin, {shape.questions} questions"
    config = directory / "mkdocs.yml"
    text = yaml.safe_dump(site_config(name, plain, search, opt_in_pages), sort_keys=False)
    config.write_text(text, encoding="utf-8")
    return config


@dataclass(frozen=True)
class Twins:
    """The mkdocs.yml of each site written for one shape."""

    plain: Path
    quiz: Path  # the plugin as an adopting site gets it: no opt-in pages
    quiz_with_pages: Path  # the same, with this site's opt-in pages


def write_twins(directory: Path, shape: SiteShape, search: bool = True) -> Twins:
    """Write the plain twin, the quiz twin and the quiz twin with opt-in pages under ``directory``."""
    return Twins(
        write_site(directory / "plain", shape, True, search),
        write_site(directory / "quiz", shape, False, search),
        write_site(directory / "quiz-pages", shape, False, search, opt_in_pages=True),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="directory to write the two twins into")
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--per-page", type=int, default=50)
    arguments = parser.parse_args()
    twins = write_twins(arguments.out, SiteShape(arguments.pages, arguments.per_page))
    print(f"plain twin: {twins.plain}\nquiz twin:  {twins.quiz}\nquiz twin with opt-in pages: {twins.quiz_with_pages}")


if __name__ == "__main__":
    main()
