"""``python -m quiz_plugin assets DIR``: the browser script and stylesheet, for a host that is not MkDocs
(the MkDocs plugin adds them to a build itself)."""

from __future__ import annotations

import argparse
import json
import sys

from ..extension.assets import write_assets


def add_assets_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "assets",
        help="write quiz.js and quiz.css for a host that is not MkDocs (Zensical, a bare Python-Markdown)",
        description="Write the browser script (with the interface strings written in) and the stylesheet "
        "into DIR, for the host to publish and link from its pages. Run it again after upgrading: the "
        "files belong to the version that renders the questions.",
    )
    parser.add_argument("directory", metavar="DIR", help="where to write them, for example docs/assets/quiz")
    parser.add_argument(
        "--strings",
        metavar="FILE",
        help="a JSON object of interface strings that replace the English defaults, such as "
        '{"check": "Vérifier"}: the same as the extension\'s `strings`',
    )


def run_assets(directory: str, strings_file: str | None) -> int:
    strings = {}
    if strings_file is not None:
        try:
            with open(strings_file, encoding="utf-8") as handle:
                strings = json.load(handle)
        except (OSError, ValueError) as error:
            print(f"quiz_plugin assets: cannot read {strings_file}: {error}", file=sys.stderr)
            return 2
        if not isinstance(strings, dict):
            print(f"quiz_plugin assets: {strings_file} must hold a JSON object of strings", file=sys.stderr)
            return 2
    try:
        paths = write_assets(directory, strings)
    except (OSError, ValueError) as error:
        print(f"quiz_plugin assets: {error}", file=sys.stderr)
        return 2
    for path in paths:
        print(path)
    return 0
