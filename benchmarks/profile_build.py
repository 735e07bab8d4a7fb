"""Where a build's time goes, phase by phase: one build of each twin, compared side by side.

    .venv/bin/python benchmarks/profile_build.py PLAIN_DIR QUIZ_DIR     # two twins written by generate.py
    .venv/bin/python benchmarks/profile_build.py --one path/to/mkdocs.yml OUT_DIR   # one build, as JSON

Each build runs in a fresh process with a clock around every step that MkDocs and Python-Markdown
let one wrap: each plugin's handler of each event, the set-up of each page's Markdown instance, each
preprocessor, the block parser (the quiz block processor apart), each tree processor (the inline
patterns are one of them), the serializer, each postprocessor, the theme's templates, and garbage
collection (``gc.callbacks``). The time of a step excludes the steps nested in it, so the phases add
up to the build; what no clock covers is "the rest of MkDocs". Times are CPU seconds of the process
(steadier than wall-clock time on a shared machine); the clocks cost a little, the same in both twins.

A profile explains a ratio; it measures nothing the README quotes (run.py does).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

HERE = Path(__file__).resolve()
# The engine profiled is the one in this checkout, whatever installation the environment points at.
sys.path.insert(0, str(HERE.parent.parent))
REST = "the rest of MkDocs (files, navigation, writing)"


class PhaseClock:
    """Exclusive CPU time per named phase: a phase's time leaves out the phases nested in it."""

    def __init__(self) -> None:
        self.totals: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.stack: list[list[Any]] = []  # [name, started, time of nested phases]
        # Collections of each generation: the same in every build of a site, however busy the machine.
        self.collections: Counter[int] = Counter()

    def enter(self, name: str) -> None:
        self.stack.append([name, time.process_time(), 0.0])

    def leave(self) -> None:
        name, started, nested = self.stack.pop()
        elapsed = time.process_time() - started
        self.totals[name] += elapsed - nested
        self.calls[name] += 1
        if self.stack:
            self.stack[-1][2] += elapsed

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        if getattr(function, "_phase", None):
            return function

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(name)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        timed._phase = name  # type: ignore[attr-defined]
        return timed

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.enter("garbage collection")
            self.collections[info["generation"]] += 1
        elif self.stack and self.stack[-1][0] == "garbage collection":
            self.leave()


def _instrument_markdown(clock: PhaseClock) -> None:
    """Wrap the steps of every Markdown instance the build makes (one per page)."""
    import markdown
    from markdown.blockparser import BlockParser

    from quiz_plugin.extension.blocks import QuizBlockProcessor

    original_init, original_convert = markdown.Markdown.__init__, markdown.Markdown.convert
    markdown.Markdown.__init__ = clock.wrap("Markdown set-up of each page (extensions)", original_init)  # type: ignore[method-assign]
    BlockParser.parseDocument = clock.wrap("block parser", BlockParser.parseDocument)  # type: ignore[method-assign]
    BlockParser.parseBlocks = clock.wrap("block parser", BlockParser.parseBlocks)  # type: ignore[method-assign]
    QuizBlockProcessor.run = clock.wrap("quiz: block processor", QuizBlockProcessor.run)  # type: ignore[method-assign]

    def convert(md: markdown.Markdown, source: str) -> str:
        for kind, registry in (
            ("preprocessor", md.preprocessors),
            ("tree processor", md.treeprocessors),
            ("postprocessor", md.postprocessors),
        ):
            for name in [item.name for item in registry._priority]:
                step = registry[name]
                label = f"quiz: {kind} {name}" if name.startswith("quiz") else f"{kind} {name}"
                step.run = clock.wrap(label, step.run)
        md.serializer = clock.wrap("serializer", md.serializer)
        return original_convert(md, source)

    markdown.Markdown.convert = clock.wrap("Markdown conversion (other)", convert)  # type: ignore[method-assign]


def _instrument_quiz_steps(clock: PhaseClock) -> None:
    """Wrap the quiz extension's own sub-steps, for a closer look at its preprocessor and assembler."""
    from quiz_plugin.extension import extension, preprocessor, treeprocessors

    extension.QuizExtension.analyse = clock.wrap("quiz: parse and validate", extension.QuizExtension.analyse)  # type: ignore[method-assign]
    preprocessor.check_includes = clock.wrap("quiz: include checks", preprocessor.check_includes)
    preprocessor.answers_shown_above = clock.wrap("quiz: predict-first check", preprocessor.answers_shown_above)
    treeprocessors.id_collisions = clock.wrap("quiz: id collisions", treeprocessors.id_collisions)
    treeprocessors.leftover_headers = clock.wrap("quiz: leftover headers", treeprocessors.leftover_headers)
    treeprocessors.render_question = clock.wrap("quiz: markup of questions", treeprocessors.render_question)


def _instrument_plugins(clock: PhaseClock, config: Any) -> None:
    plugins = config.plugins
    for event, methods in plugins.events.items():
        for position, method in enumerate(methods):
            origin = plugins._event_origins.get(method, "?")
            label = f"{'quiz: ' if origin == 'quiz' else ''}plugin {origin}: on_{event}"
            wrapped = clock.wrap(label, method)
            plugins._event_origins[wrapped] = origin
            methods[position] = wrapped


def profile_one(config_file: str, site_dir: str) -> dict[str, Any]:
    """Build one site in this process, with the clocks; its phases as CPU seconds."""
    import jinja2
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    clock = PhaseClock()
    _instrument_markdown(clock)
    _instrument_quiz_steps(clock)
    jinja2.Template.render = clock.wrap("theme templates", jinja2.Template.render)  # type: ignore[method-assign]
    gc.callbacks.append(clock.on_gc)
    clock.enter(REST)
    config = clock.wrap("loading the configuration", load_config)(config_file, site_dir=site_dir, strict=True)
    _instrument_plugins(clock, config)
    build(config)
    clock.leave()
    gc.callbacks.remove(clock.on_gc)
    return {"phases": dict(clock.totals), "calls": dict(clock.calls), "collections": dict(clock.collections)}


def profile_in_fresh_process(config: Path, site_dir: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, str(HERE), "--one", str(config), str(site_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"the profiled build of {config} failed:\n{result.stderr}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def compare(plain_dir: Path, quiz_dir: Path, title: str) -> None:
    """Profile one build of each twin (each directory holds plain/ and quiz/) and print the phases."""
    plain = profile_in_fresh_process(plain_dir / "mkdocs.yml", plain_dir.parent / "profiled-plain-site")
    quiz = profile_in_fresh_process(quiz_dir / "mkdocs.yml", quiz_dir.parent / "profiled-quiz-site")
    plain_phases, quiz_phases = Counter(plain["phases"]), Counter(quiz["phases"])
    names = sorted(set(plain_phases) | set(quiz_phases), key=lambda n: -max(plain_phases[n], quiz_phases[n]))
    total_plain, total_quiz = sum(plain_phases.values()), sum(quiz_phases.values())
    print(f"\n  Phases of one build of each twin, {title} (CPU seconds; quiz - plain):")
    print(f"    {'phase':<58} {'plain':>7} {'quiz':>7} {'diff':>7}")
    for name in names:
        a, b = plain_phases[name], quiz_phases[name]
        if max(a, b) < 0.005:
            continue
        print(f"    {name[:58]:<58} {a:7.3f} {b:7.3f} {b - a:+7.3f}")
    print(f"    {'all':<58} {total_plain:7.3f} {total_quiz:7.3f} {total_quiz - total_plain:+7.3f}")
    print(f"    ratio of the profiled builds: {total_quiz / total_plain:.2f}x")
    counts = [
        "/".join(str(figures["collections"].get(str(generation), 0)) for generation in range(3))
        for figures in (plain, quiz)
    ]
    print(f"    garbage collections of generations 0/1/2: plain {counts[0]}, quiz {counts[1]}")


def explain_twins(searched: Path, unsearched: Path) -> None:
    """Profile the twins run.py wrote, with and without the search plugin."""
    compare(searched / "plain", searched / "quiz", "with the search plugin")
    compare(unsearched / "plain", unsearched / "quiz", "without the search plugin")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs=2, type=Path, help="the plain and the quiz twin's directories")
    parser.add_argument("--one", action="store_true", help="profile one build: mkdocs.yml and OUT_DIR")
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(profile_one(str(arguments.paths[0]), str(arguments.paths[1]))))
    else:
        compare(arguments.paths[0], arguments.paths[1], "as given")


if __name__ == "__main__":
    main()
