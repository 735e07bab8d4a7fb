"""The command line: ``python -m quiz_plugin lint``, ``export``, ``run`` and ``assets``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from ..bank.export import Exporter, ExportError, to_gift, to_json
from ..bank.qti import ItemContext
from ..bank.qti_package import qti_package
from ..core.true_false import true_false_words
from .assets import add_assets_command, run_assets
from .dry_build import SiteError, check_site, find_config
from .lint import LintError, lint
from .run import add_run_command, run

EXPORT_FORMATS = ("gift", "qti", "json")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m quiz_plugin", description="Check the question blocks of a site, or export its question bank."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    lint_parser = commands.add_parser(
        "lint",
        help="check every question block without building the site",
        description="Check question blocks exactly as the build does (every page converted with the site's "
        "Markdown extensions and plugins), without writing the site. Prints every problem as "
        "`path:line: message` (paths relative to the directory of mkdocs.yml, as the build prints them) and "
        "exits with 1 if there is any, 0 otherwise.",
    )
    lint_parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="Markdown files or directories (default: the whole site)"
    )
    lint_parser.add_argument(
        "--stats",
        action="store_true",
        help="also print the item statistics of the site's questions: right-answer positions, how often the "
        "right answer is the longest option, the true/false balance, negative stems without emphasis",
    )
    _add_config_option(lint_parser)

    export_parser = commands.add_parser(
        "export",
        help="write the question bank as Moodle GIFT, QTI 2.1 or JSON",
        description="Write every question of the site, answers and feedback included. Refuses (exit 1) "
        "while any question has a problem.",
    )
    export_parser.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        required=True,
        help="gift (Moodle), qti (a QTI 2.1 content package for Canvas, Blackboard and others: a zip, needs -o) "
        "or json (everything)",
    )
    export_parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of to standard output")
    _add_config_option(export_parser)
    add_assets_command(commands)

    add_run_command(commands)
    _add_config_option(commands.choices["run"])

    args = parser.parse_args(argv)
    if args.command == "assets":
        return run_assets(args.directory, args.strings)
    start = time.perf_counter()
    config_file = args.config_file if args.config_file is not None else find_config()
    try:
        if args.command == "lint":
            return _lint(config_file, args.paths, start, args.stats)
        if args.command == "run":
            return run(config_file, args.page)
        return _export(config_file, args.format, args.output)
    except ExportError as error:
        print(f"quiz export: {error}", file=sys.stderr)
        return 1
    except (SiteError, LintError) as error:
        print(f"quiz_plugin {args.command}: {error}", file=sys.stderr)
        return 2


def _add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f",
        "--config-file",
        metavar="FILE",
        help="the site's MkDocs configuration (default: mkdocs.yml here; without one, docs/ with MkDocs' defaults)",
    )


def _lint(config_file: str | None, paths: Sequence[str], start: float, statistics: bool = False) -> int:
    report = lint(config_file, paths)
    for problem in report.problems:
        print(problem)
    if statistics:
        print("\n".join(report.statistics))
    for path in report.skipped:
        print(f"quiz lint: {path} is not a page of the site: not checked", file=sys.stderr)
    if report.other_warnings:
        print(
            f"quiz lint: the build also warns {report.other_warnings} time{'s' * (report.other_warnings != 1)} "
            "about other things than questions (a strict build shows them)",
            file=sys.stderr,
        )
    seconds = time.perf_counter() - start
    count = len(report.problems)
    print(
        f"quiz lint: {report.files} file{'s' * (report.files != 1)}, {report.questions} "
        f"question{'s' * (report.questions != 1)}, {count or 'no'} problem{'s' * (count != 1)} ({seconds:.2f} s)",
        file=sys.stderr,
    )
    return 1 if report.problems else 0


def _export(config_file: str | None, format_: str, output: str | None) -> int:
    if format_ == "qti" and not output:
        print("quiz export: a QTI package is a zip file: name it with -o, such as -o bank.zip", file=sys.stderr)
        return 2
    site = check_site(config_file, keep_questions=True)
    problems = [str(problem) for problem in sorted(site.problems)]
    problems += [f"{path}: cannot be converted: {reason}" for path, reason in site.errors]
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("quiz export: fix these problems first (`python -m quiz_plugin lint`)", file=sys.stderr)
        return 1
    bank = site.bank
    exporter = Exporter(site.site_url, site.page_urls)
    if format_ == "qti":
        assert output is not None and site.to_html is not None
        package = qti_package(bank, ItemContext(exporter, site.to_html))
        with open(output, "wb") as handle:
            handle.write(package)
        print(f"quiz export: {len(bank)} questions written to {output} (QTI 2.1 content package)", file=sys.stderr)
        return 0
    words = true_false_words(site.strings.get("true", "True"), site.strings.get("false", "False"))
    text = to_gift(bank, exporter, words, site.site_name) if format_ == "gift" else to_json(bank, exporter)
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        print(f"quiz export: {len(bank)} questions written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
