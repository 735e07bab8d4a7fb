"""The QTI 2.1 export: a content package whose every item is valid and grades every answer as the site does.

Validity is checked with lxml against the schemas in ``qti_schema/`` (the part of QTI 2.1 and of IMS
Content Packaging 1.1 the export writes; see the README there); grading with a QTI response processor
(``qti_processing``) that computes, for each possible answer, the score and the feedback a learning
platform shows, compared with the site's own grading (``core.answers``, the rules the browser shares).
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from markdown import Markdown
from qti_processing import NS, Item, Outcome

from quiz_plugin.bank import qti as qti_mapping
from quiz_plugin.bank.entries import BankEntry, QuestionBank, SitePage, page_entries
from quiz_plugin.bank.export import Exporter, ExportError
from quiz_plugin.bank.qti import ItemContext
from quiz_plugin.bank.qti_package import qti_package
from quiz_plugin.cli.dry_build import check_site
from quiz_plugin.core.answers import answer_matches, parse_number, short_answer_text
from quiz_plugin.core.model import QuestionType, Setting
from quiz_plugin.core.parser import parse
from quiz_plugin.core.validate import block_problems
from quiz_plugin.plugin.source import source_page
from support import ROOT

PROJECT = Path(__file__).resolve().parents[1] / "bank" / "project"
SCHEMAS = Path(__file__).resolve().parent / "qti_schema"
# The Markdown extensions of this site that change what a question's text becomes.
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


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


QTI_SCHEMA = schema("imsqti_v2p1_subset.xsd")
CP_SCHEMA = schema("imscp_v1p1_subset.xsd")


class Package:
    """An exported package, read back: the manifest and each item, by question id."""

    def __init__(self, data: bytes, bank: QuestionBank) -> None:
        self.data, self.bank = data, bank
        self.zip = zipfile.ZipFile(BytesIO(data))
        self.manifest = etree.fromstring(self.zip.read("imsmanifest.xml"))
        self.items = {entry.id: etree.fromstring(self.zip.read(f"items/{entry.id}.xml")) for entry in bank.entries}


def export(bank: QuestionBank, exporter: Exporter, to_html: Any) -> Package:
    return Package(qti_package(bank, ItemContext(exporter, to_html)), bank)


def site_package(config: Path) -> Package:
    """The package of a site, as the export command makes it (the build's own steps)."""
    site = check_site(str(config), keep_questions=True)
    assert site.problems == [] and site.errors == [] and site.to_html is not None
    return export(site.bank, Exporter(site.site_url, site.page_urls), site.to_html)


@pytest.fixture(scope="module")
def fixture_package() -> Package:
    return site_package(PROJECT / "mkdocs.yml")


@pytest.fixture(scope="module")
def real_package() -> Package:
    return site_package(ROOT / "mkdocs.yml")


def assert_valid(document: Any, against: etree.XMLSchema) -> None:
    against.validate(document)
    assert [f"line {error.line}: {error.message}" for error in against.error_log] == []


def choices_of(item: Any) -> list[Any]:
    return item.findall(f".//{NS}simpleChoice")


def text_of(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


# Every item valid, every answer graded as on the site


def assert_package_valid(package: Package) -> None:
    assert_valid(package.manifest, CP_SCHEMA)
    for item in package.items.values():
        assert_valid(item, QTI_SCHEMA)
    assert sorted(package.zip.namelist()) == sorted(
        ["imsmanifest.xml", *(f"items/{e.id}.xml" for e in package.bank.entries)]
    )


def test_every_item_of_the_fixture_site_and_its_manifest_are_valid(fixture_package: Package) -> None:
    assert {entry.question.type for entry in fixture_package.bank.entries} == set(QuestionType)  # every type
    assert_package_valid(fixture_package)


def test_every_item_of_the_real_site_and_its_manifest_are_valid(real_package: Package) -> None:
    assert len(real_package.items) == len(real_package.bank) > 100
    assert_package_valid(real_package)


def answers_to_try(entry: BankEntry) -> Iterator[tuple[Any, bool, set[int]]]:
    """Answers a learner could give, with the site's verdict and the positions of the answers whose
    feedback the site shows for it."""
    question = entry.question
    count = len(question.choices)
    if question.type is QuestionType.SHORT:
        accepted = [short_answer_text(c.body.text) for c in question.choices]
        tolerance = question.tolerance
        typed: list[str] = []
        for text in accepted:
            if question.numeric:
                number = parse_number(text)
                assert number is not None
                typed += [repr(number), str(int(number)) if number.is_integer() else repr(number)]
                if tolerance is not None:  # at each edge of the tolerance, and just past it
                    width = tolerance.width(number)
                    typed += [repr(number + width), repr(number - width), repr(number + width * 1.01 + 1e-6)]
            else:
                typed += [text, text.upper(), text.lower()]
        typed.append("999999" if question.numeric else "no such answer")
        for answer in typed:
            matched = {
                i for i, text in enumerate(accepted) if answer_matches(answer, text, question.numeric, tolerance)
            }
            yield answer, any(question.choices[i].correct for i in matched), matched
        return
    if question.type is QuestionType.ORDER:  # every order of the steps; each step's feedback once answered
        for order in itertools.permutations(range(count)):
            yield [f"S{i + 1}" for i in order], list(order) == sorted(order), set(range(count))
        return
    correct = {i for i, c in enumerate(question.choices) if c.correct}
    if question.type is QuestionType.MULTIPLE:
        sizes = range(1, count + 1) if count <= 6 else (1, len(correct))
        chosen_sets = [set(s) for size in sizes for s in itertools.combinations(range(count), size)]
    else:
        chosen_sets = [{i} for i in range(count)]
    for chosen in chosen_sets:
        ids = {f"C{i + 1}" for i in chosen}
        yield ids if question.type is QuestionType.MULTIPLE else ids.pop(), chosen == correct, chosen


def assert_graded_as_on_the_site(package: Package) -> int:
    tried = 0
    for entry in package.bank.entries:
        item = Item(package.items[entry.id])
        question = entry.question
        general = ("GENERAL_FEEDBACK",) if question.explanation is not None else ()
        for answer, right, shown in answers_to_try(entry):
            feedback = tuple(f"FB{i + 1}" for i in sorted(shown) if question.choices[i].feedback is not None)
            assert item.respond(answer) == Outcome(1.0 if right else 0.0, feedback + general), (entry.id, answer)
            tried += 1
        assert item.respond(None) == Outcome(0.0, general), entry.id  # no answer at all
    return tried


def test_every_answer_to_the_fixture_site_is_graded_as_on_the_site(fixture_package: Package) -> None:
    assert assert_graded_as_on_the_site(fixture_package) > 30


def test_every_answer_to_the_real_site_is_graded_as_on_the_site(real_package: Package) -> None:
    assert assert_graded_as_on_the_site(real_package) > 1000


# The mapping of each type


def test_the_manifest_lists_each_item_once_in_the_site_order(fixture_package: Package) -> None:
    cp = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
    resources = fixture_package.manifest.findall(f".//{cp}resource")
    ids = [entry.id for entry in fixture_package.bank.entries]
    assert [(r.get("identifier"), r.get("type"), r.get("href")) for r in resources] == [
        (f"resource-quiz-{qid}", "imsqti_item_xmlv2p1", f"items/{qid}.xml") for qid in ids
    ]
    assert [r.find(f"{cp}file").get("href") for r in resources] == [f"items/{qid}.xml" for qid in ids]
    assert fixture_package.manifest.findtext(f"{cp}metadata/{cp}schema") == "QTIv2.1 Package"
    for qid, item in fixture_package.items.items():
        assert (item.get("identifier"), item.get("title")) == (f"quiz-{qid}", qid)


def test_single_choice_true_false_and_multiple_choice_are_choice_interactions(fixture_package: Package) -> None:
    items = fixture_package.items

    def interaction(qid: str) -> tuple[str | None, str | None, list[str]]:
        found = items[qid].find(f".//{NS}choiceInteraction")
        declared = items[qid].find(f"{NS}responseDeclaration")
        correct = [v.text for v in declared.iter(f"{NS}value")]
        return found.get("maxChoices"), declared.get("cardinality"), correct

    assert interaction("count-single") == ("1", "single", ["C1"])
    assert interaction("gc-disable") == ("1", "single", ["C2"])
    assert [text_of(c) for c in choices_of(items["gc-disable"])] == ["True", "False"]
    assert interaction("gc-specials") == ("0", "multiple", ["C1", "C2"])
    assert items["gc-specials"].find(f".//{NS}responseIf/{NS}match/{NS}correct") is not None  # the exact set


def test_a_tolerance_is_the_width_the_site_allows_around_each_answer(fixture_package: Package) -> None:
    item = fixture_package.items["count-threshold"]  # tolerance: 1%
    equal = [(e.get("toleranceMode"), e[1].text, e.get("tolerance")) for e in item.iter(f"{NS}equal")]
    assert equal[0][:2] == ("absolute", "512")
    below, above = (float(width) for width in equal[0][2].split())
    assert below == above == pytest.approx(5.12)  # 1% of 512
    assert Item(item).respond("517.12").score == 1.0
    assert Item(item).respond("506.88").score == 1.0
    assert Item(item).respond("517.2").score == 0.0


def test_ordering_questions_are_order_interactions_right_in_the_authors_order_only(fixture_package: Package) -> None:
    item = fixture_package.items["count-order"]
    interaction = item.find(f".//{NS}orderInteraction")
    assert interaction.get("shuffle") == "true"
    shown = [c.get("identifier") for c in choices_of(item)]
    assert sorted(shown) == ["S1", "S2", "S3", "S4"] and shown != sorted(shown)  # scrambled, as on the page
    declared = item.find(f"{NS}responseDeclaration")
    assert declared.get("cardinality") == "ordered"
    assert [v.text for v in declared.iter(f"{NS}value")] == ["S1", "S2", "S3", "S4"]
    assert Item(item).respond(["S1", "S2", "S3", "S4"]).score == 1.0
    assert Item(item).respond(["S2", "S1", "S3", "S4"]).score == 0.0


def test_short_answers_are_text_entries_compared_without_case_or_as_numbers(fixture_package: Package) -> None:
    text, number = fixture_package.items["count-module"], fixture_package.items["count-threshold"]
    assert text.find(f"{NS}responseDeclaration").get("baseType") == "string"
    assert [(m.get("caseSensitive"), m[1].text) for m in text.iter(f"{NS}stringMatch")][:2] == [
        ("false", "gc"),
        ("false", "gc module"),
    ]
    assert number.find(f"{NS}responseDeclaration").get("baseType") == "float"
    assert [(e.get("toleranceMode"), e[1].text) for e in number.iter(f"{NS}equal")][:2] == [
        ("absolute", "512"),  # within its tolerance (1%)
        ("absolute", "512"),  # 0x200, as a float
    ]
    assert [v.text for v in number.iter(f"{NS}value")][0] == "512"  # correctResponse: one value (single)
    assert text.find(f".//{NS}itemBody/{NS}p/{NS}textEntryInteraction") is not None
    # The documented limit: a learning platform reads a float, not Python's 0x200.
    assert Item(number).respond("0x200").score == 0.0


def test_text_is_xhtml_with_absolute_links_code_as_pre_and_feedback_as_modal_feedback(
    fixture_package: Package,
) -> None:
    items = fixture_package.items
    stem = items["gc-threshold"].find(f"{NS}itemBody/{NS}div")
    assert stem.get("class") == "stem"
    assert text_of(stem.find(f"{NS}p")) == "What does this print on CPython 3.13?"
    assert stem.find(f".//{NS}pre").text == "import gc\n\nprint(gc.get_threshold())\n"  # the snippet's code
    feedback = {f.get("identifier"): f for f in items["gc-threshold"].iter(f"{NS}modalFeedback")}
    assert {k: text_of(v) for k, v in feedback.items()} == {
        "FB1": "The default up to 3.12.",
        "FB2": "3.13 raised the first threshold.",
        "GENERAL_FEEDBACK": "See thresholds.",
    }
    assert feedback["GENERAL_FEEDBACK"].find(f".//{NS}a").get("href") == "https://example.org/bank/gc/#thresholds"
    links = [a.get("href") for a in items["count-module"].iter(f"{NS}a")]
    assert links == ["https://example.org/bank/gc/#thresholds", "https://example.org/bank/guide/counting/#counting"]
    code_choice = choices_of(items["count-single"])[1]
    assert text_of(code_choice.find(f"{NS}p")) == "The cyclic collector, which also frees this cycle:"
    assert code_choice.find(f".//{NS}pre").text == "a = []\na.append(a)\n"
    assert text_of(choices_of(items["gc-specials"])[0]) == "a ~ b"
    assert choices_of(items["gc-specials"])[0][0].tag == f"{NS}code"  # one paragraph: its content alone


# Markdown as the site writes it, in XHTML QTI allows


RICH = """\
/// quiz | rich
Read the table, the note and the tabs[^1]:

| name | size |
|------|-----:|
| `int` | 28 |

!!! note "A note"
    With a list:

    1. one
    2. two, with <del>struck</del> and <mark>marked</mark> text

??? example "Folded"
    Hidden *text* and ![a diagram](img/arenas.svg).

=== "3.12"

    ```python title="old.py" hl_lines="1"
    print(1)
    ```

=== "3.13"

    Printed **two**.

<div markdown>A raw <span style="color: red" id="x" title="t">span</span><br>and a break.</div>

[^1]: A footnote.

- [x] A [link inside the page](#anchor) and [one out](https://example.org/)
    > Feedback with a quote:
    >
    > > quoted
- [ ] Two paragraphs

    the second
///
"""


def rich_item(site_url: str = "https://example.org/site/") -> Any:
    page = SitePage(source_page("docs/rich.md", RICH, "rich.md"), "rich/", "Rich")
    blocks = parse(page.source.markdown).blocks
    assert [problem for block in blocks for problem in block_problems(block)] == []
    markdown = Markdown(extensions=SITE_EXTENSIONS, extension_configs={"pymdownx.tabbed": {"alternate_style": True}})

    def to_html(text: str) -> str:
        markdown.reset()
        return markdown.convert(text)

    entries = page_entries(page, [block.question for block in blocks if block.question is not None], None)
    package = export(QuestionBank(entries), Exporter(site_url, {"rich.md": "rich/"}), to_html)
    return package.items["rich"]


def test_the_site_markdown_becomes_valid_qti_xhtml() -> None:
    item = rich_item()
    assert_valid(item, QTI_SCHEMA)
    stem = item.find(f"{NS}itemBody/{NS}div")
    assert [child.tag.removeprefix(NS) for child in stem] == ["p", "table", "div", "div", "div", "div", "div"]
    # The table keeps its head and body; the admonition its title and list; the folded block is open.
    assert [[text_of(cell) for cell in row] for row in stem.iter(f"{NS}tr")] == [["name", "size"], ["int", "28"]]
    note = stem[2]
    assert note.get("class") == "admonition note"
    assert [text_of(li) for li in note.iter(f"{NS}li")] == ["one", "two, with struck and marked text"]
    folded = stem[3]
    assert [child.tag.removeprefix(NS) for child in folded] == ["p", "p"]
    assert text_of(folded) == "Folded Hidden text and ."
    assert folded.find(f".//{NS}img").attrib == {"src": "https://example.org/site/img/arenas.svg", "alt": "a diagram"}
    # Tabs: each label, then its content; the code block is its code in a pre, after its file name.
    tabs = stem[4]
    assert [text_of(child) for child in tabs if child.tag == f"{NS}p"] == ["3.12", "3.13"]
    assert tabs.find(f".//{NS}pre").text == "print(1)\n"
    assert text_of(tabs.find(f".//{NS}span[@class='filename']")) == "old.py"
    # Raw HTML keeps only what QTI allows; a line break stays a break.
    raw = stem[5]
    assert raw.find(f".//{NS}span").attrib == {}
    assert raw.find(f".//{NS}br") is not None
    # The footnotes: their text, without the back-link.
    assert text_of(stem[6]).endswith("A footnote.")
    assert "↩" not in text_of(stem[6])
    # Links lead to the published site.
    first = choices_of(item)[0]
    assert [a.get("href") for a in first.iter(f"{NS}a")] == [
        "https://example.org/site/rich/#anchor",
        "https://example.org/",
    ]
    assert text_of(first) == "A link inside the page and one out"
    second = choices_of(item)[1]
    assert [child.tag.removeprefix(NS) for child in second] == ["p", "p"]
    quote = item.find(f"{NS}modalFeedback[@identifier='FB1']/{NS}div/{NS}blockquote")
    assert quote is not None and text_of(quote) == "quoted"


def test_without_a_site_url_a_link_to_the_page_itself_is_its_text() -> None:
    """No such anchor exists in a learning platform: better no link than a broken one."""
    item = rich_item(site_url="")
    assert_valid(item, QTI_SCHEMA)
    first = choices_of(item)[0]
    assert [a.get("href") for a in first.iter(f"{NS}a")] == ["https://example.org/"]
    assert text_of(first) == "A link inside the page and one out"


@pytest.mark.parametrize(
    "body, broken",
    [
        ('<p><div class="stem">a block in a paragraph</div></p>', "div"),
        ("<div><ul/></div>", "ul"),
        ("<div><p><a>a link without an address</a></p></div>", "a"),
        ('<div><p style="color: red">style</p></div>', "style"),
        ("<div><pre>code <img src='x' alt='y'/></pre></div>", "img"),
        ("<div><table><tr><td>a row outside a body</td></tr></table></div>", "tr"),
    ],
)
def test_the_schema_rejects_what_qti_forbids(body: str, broken: str) -> None:
    """The schemas have teeth: each of these is a mistake an HTML converter could make."""
    item = etree.fromstring(
        f'<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="x" adaptive="false" '
        f'timeDependent="false"><itemBody>{body}</itemBody></assessmentItem>'
    )
    assert not QTI_SCHEMA.validate(item)
    assert broken in str(QTI_SCHEMA.error_log)


# What the export refuses


def one_question_bank(block: str) -> QuestionBank:
    page = SitePage(source_page("docs/one.md", block, "one.md"), "one/", "One")
    blocks = parse(page.source.markdown).blocks
    return QuestionBank(page_entries(page, [b.question for b in blocks if b.question is not None], None))


SIMPLE = "/// quiz | simple\nPick one.\n\n- [x] Right\n- [ ] Wrong\n///\n"


def test_a_setting_the_export_does_not_know_is_refused_with_the_question_named() -> None:
    bank = one_question_bank(SIMPLE)
    bank.entries[0].question.settings["timer"] = Setting(2, "30s")  # as a feature added after the export would be
    with pytest.raises(ExportError, match=r"^docs/one\.md:1: the QTI export does not support the setting `timer` yet$"):
        qti_package(bank, ItemContext(Exporter(), lambda text: text))


def test_a_question_type_the_export_does_not_map_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(qti_mapping._MAPPERS, QuestionType.SINGLE)  # as a type added to the model would be
    with pytest.raises(ExportError, match=r"^docs/one\.md:1: the QTI export does not support `single` questions yet$"):
        qti_package(one_question_bank(SIMPLE), ItemContext(Exporter(), lambda text: text))


# The command


def run_export(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "export", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_the_command_writes_a_package_the_same_bytes_each_time(tmp_path: Path, fixture_package: Package) -> None:
    result = run_export("--format", "qti", "-o", str(tmp_path / "bank.zip"))
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == f"quiz export: 8 questions written to {tmp_path / 'bank.zip'} (QTI 2.1 content package)\n"
    assert (tmp_path / "bank.zip").read_bytes() == fixture_package.data


def test_the_command_asks_for_a_file_name_for_a_package() -> None:
    result = run_export("--format", "qti")
    assert result.returncode == 2
    assert result.stderr == "quiz export: a QTI package is a zip file: name it with -o, such as -o bank.zip\n"


# Canvas's importer (its QTI converter reads a QTI 2 package as it is) takes a question's text from the
# item body's top-level div and p, the right answers from correctResponse, each answer's feedback from
# the modalFeedback whose identifier a FEEDBACK condition on that answer sets, and reads identifiers by
# pattern: one with "general_" is general feedback; "correct", "incorrect", "wrong", "_C" or "_IC" at the
# end would be read as right/wrong-answer comments, so answer feedback must avoid them.
CANVAS_VERDICT_ID = re.compile(r"general_|_all|wrong|incorrect|correct|_IC$|_C$", re.IGNORECASE)


def test_items_are_written_the_way_canvas_reads_them(real_package: Package) -> None:
    cp = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
    assert re.search(r"QTIv2\.", real_package.manifest.findtext(f"{cp}metadata/{cp}schema"))  # a QTI 2 package
    assert all(r.get("type").startswith("imsqti_item_xmlv2p") for r in real_package.manifest.iter(f"{cp}resource"))
    assert not list(real_package.manifest.iter(f"{NS}interactionType"))  # Canvas guesses the type
    for entry in real_package.bank.entries:
        item = real_package.items[entry.id]
        body = item.find(f"{NS}itemBody")
        assert [child.tag.removeprefix(NS) for child in body][0] == "div"  # the text, read as the question
        for feedback in item.iter(f"{NS}modalFeedback"):
            identifier = feedback.get("identifier")
            if identifier == "GENERAL_FEEDBACK":
                assert CANVAS_VERDICT_ID.search(identifier).group() == "GENERAL_"
                continue
            assert not CANVAS_VERDICT_ID.search(identifier)
            assert feedback[0].tag == f"{NS}div" and len(feedback) == 1  # one div: Canvas takes the first
            setters = [
                s
                for s in item.iter(f"{NS}setOutcomeValue")
                if s.get("identifier") == "FEEDBACK" and s.find(f".//{NS}baseValue").text == identifier
            ]
            assert len(setters) == 1 and setters[0].find(f"{NS}multiple/{NS}variable").get("identifier") == "FEEDBACK"
        for choice in choices_of(item):
            assert not CANVAS_VERDICT_ID.search(choice.get("identifier"))
