"""The command line: ``python -m quiz_plugin lint`` and ``python -m quiz_plugin export``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from .bank import collect
from .export import FORMATS, Exporter, ExportError, to_gift, to_json
from .lint import LintError, lint
from .site import Site, SiteError, check_site, find_config, load_site


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m quiz_plugin", description="Check the question blocks of a site, or export its question bank."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    lint_parser = commands.add_parser(
        "lint",
        help="check every question block without building the site",
        description="Check question blocks with the build's own rules, without building the site. Prints "
        "every problem as `path:line: message` (paths relative to the directory of mkdocs.yml, as the build "
        "prints them) and exits with 1 if there is any, 0 otherwise.",
    )
    lint_parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="Markdown files or directories (default: the whole site)"
    )
    _add_config_option(lint_parser)

    export_parser = commands.add_parser(
        "export",
        help="write the question bank as Moodle GIFT or JSON",
        description="Write every question of the site, answers and feedback included. Refuses (exit 1) "
        "while any question has a problem.",
    )
    export_parser.add_argument("--format", choices=FORMATS, required=True, help="gift (Moodle) or json (everything)")
    export_parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of to standard output")
    _add_config_option(export_parser)

    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        site = load_site(args.config_file if args.config_file is not None else find_config())
        if args.command == "lint":
            return _lint(site, args.paths, start)
        return _export(site, args.format, args.output)
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
        help="the site's MkDocs configuration (default: mkdocs.yml here, if there is one)",
    )


def _lint(site: Site, paths: Sequence[str], start: float) -> int:
    report = lint(site, paths)
    for problem in report.problems:
        print(problem)
    seconds = time.perf_counter() - start
    count = len(report.problems)
    print(
        f"quiz lint: {report.files} file{'s' * (report.files != 1)}, {report.questions} "
        f"question{'s' * (report.questions != 1)}, {count or 'no'} problem{'s' * (count != 1)} ({seconds:.2f} s)",
        file=sys.stderr,
    )
    return 1 if report.problems else 0


def _export(site: Site, format_: str, output: str | None) -> int:
    result = check_site(site)
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print("quiz export: fix these problems first (`python -m quiz_plugin lint`)", file=sys.stderr)
        return 1
    bank = collect(result.checked, site.store, site.nav)
    exporter = Exporter(site.site_url, {page.source.src_uri: page.url for page in site.pages})
    text = to_gift(bank, exporter, site.strings["true"], site.name) if format_ == "gift" else to_json(bank, exporter)
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        print(f"quiz export: {len(bank)} questions written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
