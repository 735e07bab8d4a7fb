"""Every snippet of the site prints, on every CPython found, exactly what its recording says."""

from __future__ import annotations

import pytest

from quiz_plugin.snippets.recordings import Snippet
from tested_snippets.runner import Interpreter
from tested_snippets.session import SnippetSession


def test_snippet_prints_its_recorded_output(
    snippet_case: tuple[Snippet, Interpreter], snippet_session: SnippetSession
) -> None:
    snippet, interpreter = snippet_case
    if not snippet.spec.includes(interpreter.version):
        pytest.skip(f"snippets/{snippet.path} applies to {snippet.spec.describe()}, not {interpreter.version}")
    missing = interpreter.missing(snippet.needs)
    if missing:
        pytest.skip(f"snippets/{snippet.path} needs what {interpreter} lacks: {'; '.join(missing)}")
    failure = snippet_session.runs[(snippet.path, interpreter.version)].failure()
    if failure:
        pytest.fail(failure, pytrace=False)
