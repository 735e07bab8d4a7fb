"""A bare Python-Markdown host: every page of docs/ converted into an HTML file of site/.

The recipe of quiz_plugin/README.md ("Without MkDocs"), as an adopter would write it: the extension
named per page (set_page), strict (a mistake raises QuizError; every page is still tried, then the
build fails), the browser files written next to the pages and linked from those with questions, and a
search index that holds each question's text but never its answers (search_view).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import markdown

from quiz_plugin.extension import PageResult, QuizError, QuizExtension, search_view

DOCS, SITE = Path("docs"), Path("site")
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{head}</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""


def main() -> int:
    results: list[PageResult] = []
    extension = QuizExtension(strict=True, snippets_dir="snippets", on_page=results.append)
    md = markdown.Markdown(extensions=["fenced_code", "tables", "toc", extension])
    script, style = extension.assets()
    for asset in (script, style):
        target = SITE / "assets" / "quiz" / asset.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(asset.content, encoding="utf-8")
    failed = False
    index = []
    for source in sorted(DOCS.rglob("*.md")):
        name = source.relative_to(DOCS).with_suffix(".html")
        extension.set_page(source.as_posix())  # problems read docs/page.md:line: message
        results.clear()
        try:
            body = md.reset().convert(source.read_text(encoding="utf-8"))
        except QuizError as error:
            print(error, file=sys.stderr)
            failed = True
            continue
        body = re.sub(r'href="([^":#]+)\.md(#[^"]*)?"', r'href="\1.html\2"', body)
        questions = [question.id for result in results for question in result.questions]
        root = "../" * (len(name.parts) - 1)
        head = ""
        if questions:  # only pages with questions load the files
            head = f'<link rel="stylesheet" href="{root}assets/quiz/{style.name}">\n'
            head += f'<script src="{root}assets/quiz/{script.name}" defer></script>\n'
            index.append({"page": name.as_posix(), "html": search_view(body, questions).view})
        else:
            index.append({"page": name.as_posix(), "html": body})
        headings = getattr(md, "toc_tokens", [])  # the toc extension's
        title = html.escape(headings[0]["name"] if headings else name.stem)
        target = SITE / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(PAGE.format(title=title, head=head, body=body), encoding="utf-8")
    (SITE / "search.json").write_text(json.dumps(index), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
