"""A part of plain text is made a paragraph without asking every block processor: exactly what the
block parser would have made of it, and only where every block processor of the host is known."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, tostring

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor

from quiz_plugin.extension.blocks import QuizBlockProcessor, plain_lines
from quiz_plugin.extension.extension import QuizExtension

# This site's Markdown extensions (mkdocs.yml), and Python-Markdown's own alone.
SITE_EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "md_in_html",
    "footnotes",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.highlight",
    "pymdownx.inlinehilite",
    "pymdownx.superfences",
    "pymdownx.tabbed",
]
HOSTS = {"site": SITE_EXTENSIONS, "bare": []}

# Blocks that look plain at a glance, and blocks that are not, line by line.
CORPUS = [
    "`1`",
    "True",
    "512",
    "1990s were long ago",
    "An instance of `class C: pass`",
    "`'abc1'`",
    "'quoted'",
    '"quoted"',
    "(in parentheses)",
    "Émile says *hi*",
    "Text\nwrapped over\nthree lines",
    "Text\n===",
    "Text\n---",
    "Text\n# heading",
    "Text\n> quote",
    "Text\n- item",
    "Text\n1. item",
    "a | b\n--|--\nc | d",
    "a | b\nc | d",
    "1. item",
    "1) item",
    "12. item",
    "2024. A year",
    "# heading",
    "> quote",
    "- item",
    "+ item",
    "* item",
    "***",
    "___",
    "*[HTML]: Hyper Text",
    "[^1]: a footnote",
    "[ref]: https://example.org",
    '!!! note "Title"',
    '??? note "Title"',
    '=== "Tab"',
    ": definition",
    "    indented code",
    " one space",
    "\tTab",
    "",
    "Text\n",
    "Text\n\nmore",
    "Text {: .class }",
    "Text with <b>html</b>",
    "<div>html</div>",
    "\x1epart stem\x1e",
]


def md_instance(extensions: list[str]) -> markdown.Markdown:
    md = markdown.Markdown(extensions=[*extensions, QuizExtension()])
    md.reset()
    return md


def quiz_processor(md: markdown.Markdown) -> QuizBlockProcessor:
    processor = md.parser.blockprocessors["quiz"]
    assert isinstance(processor, QuizBlockProcessor)
    return processor


def by_block_parser(md: markdown.Markdown, block: str) -> bytes:
    part = Element("div")
    md.parser.parseBlocks(part, [block])
    return tostring(part)


def fast(block: str) -> bytes:
    part = Element("div")
    SubElement(part, "p").text = block
    return tostring(part)


@pytest.mark.parametrize("host", HOSTS)
def test_every_block_processor_of_these_hosts_is_known(host: str) -> None:
    assert quiz_processor(md_instance(HOSTS[host])).knows_every_block_processor()


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("block", CORPUS)
def test_a_block_of_plain_lines_is_the_paragraph_the_block_parser_makes(host: str, block: str) -> None:
    if plain_lines(block):
        assert fast(block) == by_block_parser(md_instance(HOSTS[host]), block)


def test_what_is_not_plain_is_left_to_the_block_parser() -> None:
    plain = {block for block in CORPUS if plain_lines(block)}
    assert plain == {
        "`1`",
        "True",
        "512",
        "1990s were long ago",
        "An instance of `class C: pass`",
        "`'abc1'`",
        "'quoted'",
        '"quoted"',
        "(in parentheses)",
        "Émile says *hi*",
        "Text\nwrapped over\nthree lines",
        "a | b\nc | d",
        "Text {: .class }",
        "Text with <b>html</b>",
    }


# Lines made of what starts block constructs, and of plain text.
LINE = st.text(alphabet=st.sampled_from(list("aZé1.)`'\"(#>-*+[]^:!?=|{} \t<\x02")), min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=3))
def test_any_block_of_plain_lines_is_the_paragraph_the_block_parser_makes(lines: list[str]) -> None:
    block = "\n".join(lines)
    if plain_lines(block):
        assert fast(block) == by_block_parser(SITE_MD, block)


SITE_MD = md_instance(SITE_EXTENSIONS)


class Unknown(BlockProcessor):
    def test(self, parent: Element, block: str) -> bool:
        return block.startswith("Text")

    def run(self, parent: Element, blocks: list[str]) -> None:
        SubElement(parent, "aside").text = blocks.pop(0)


def test_a_host_with_a_block_processor_of_its_own_gets_the_block_parser() -> None:
    md = md_instance([])
    md.parser.blockprocessors.register(Unknown(md.parser), "unknown", 50)
    assert not quiz_processor(md).knows_every_block_processor()
    html = md.convert("/// quiz | q\nWhich?\n\n- [x] Text one\n- [ ] Other\n///\n")
    assert "<aside>Text one</aside>" in html


class Recorder(Preprocessor):
    """A preprocessor the extension does not know: it keeps the lines it is given."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.lines: list[str] = []

    def run(self, lines: list[str]) -> list[str]:
        self.lines = list(lines)
        return lines


QUESTION = "/// quiz | q\nWhich one?\n\n- [x] Text one\n    > Why.\n- [ ] Other\n///\n"
# Parts that end with plain text, a list, code and raw HTML, at the top and in an admonition.
MIXED = (
    "/// quiz | m\nWhich one,\nwrapped?\n\n```python\nx = 1\n```\n\n- [x] `one`\n    > Because\n    > of it.\n"
    "- [ ] Two\n    > - a list\n    > - of reasons\n\nHint: Look.\n\nExplained\nhere.\n\n<div>raw</div>\n///\n"
)


def test_a_part_of_one_plain_line_is_kept_out_of_the_text_only_before_known_preprocessors() -> None:
    known = md_instance(SITE_EXTENSIONS)
    text = known.preprocessors["quiz"].run(QUESTION.split("\n"))
    assert not any("Text one" in line or "choice-0" in line for line in text)  # set aside, marker and all
    unknown = md_instance(SITE_EXTENSIONS)
    recorder = Recorder(unknown)
    unknown.preprocessors.register(recorder, "recorder", 10)
    html = unknown.convert(QUESTION)
    assert "\x1epart choice-0\x1e" in recorder.lines and "Text one" in recorder.lines
    assert html == md_instance(SITE_EXTENSIONS).convert(QUESTION)


@pytest.mark.parametrize(
    "answer",
    ["Text with <b>bold</b> in it", 'Text with <a id="here"></a> an anchor', "Text <!-- a comment", "Text\x02x"],
)
def test_a_part_that_an_html_preprocessor_or_normalisation_reads_stays_in_the_text(answer: str) -> None:
    known = md_instance(SITE_EXTENSIONS)
    text = known.preprocessors["quiz"].run(
        f"/// quiz | q\nWhich one?\n\n- [x] {answer}\n- [ ] Other\n///\n".split("\n")
    )
    assert any(answer in line for line in text)


@pytest.mark.parametrize("text", [text for text in CORPUS if text])
def test_a_part_set_aside_gives_the_html_it_gives_in_the_text(text: str) -> None:
    line = text.split("\n")[0]
    page = f"/// quiz | q\n{text}\n\n- [x] {line}\n    > {line}\n- [ ] Other\n\nHint: {line}\n\n{text}\n///\n"
    unknown = md_instance(SITE_EXTENSIONS)
    unknown.preprocessors.register(Recorder(unknown), "recorder", 10)
    assert md_instance(SITE_EXTENSIONS).convert(page) == unknown.convert(page)


@pytest.mark.parametrize(
    "page", [QUESTION, MIXED, "!!! note\n\n" + "".join(f"    {line}\n" for line in MIXED.splitlines())]
)
def test_parts_without_blank_lines_between_them_give_the_html_of_parts_with_them(page: str) -> None:
    known = md_instance(SITE_EXTENSIONS)
    unknown = md_instance(SITE_EXTENSIONS)
    recorder = Recorder(unknown)
    unknown.preprocessors.register(recorder, "recorder", 10)
    html = known.convert(page)
    assert "quiz--invalid" not in html and 'class="quiz"' in html
    assert html == unknown.convert(page)
    assert sum(line.lstrip(" ").startswith("\x1epart") for line in recorder.lines) >= 4  # each on a line of its own
