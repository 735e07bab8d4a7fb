from __future__ import annotations

import pytest

from quiz_plugin.recordings import SnippetStore
from tested_snippets.session import SNIPPETS, SnippetSession, interpreters, run_session


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "snippet_case" in metafunc.fixturenames:
        snippets = SnippetStore(SNIPPETS).all()
        # Interpreters older than the site covers only matter to snippets that ask for them.
        found = [i for i in interpreters(metafunc.config) if any(s.spec.includes(i.version) for s in snippets)]
        cases = [(snippet, interpreter) for snippet in snippets for interpreter in found]
        ids = [f"{snippet.path}@{interpreter.version}" for snippet, interpreter in cases]
        metafunc.parametrize("snippet_case", cases, ids=ids)


@pytest.fixture(scope="session")
def snippet_session(request: pytest.FixtureRequest) -> SnippetSession:
    return run_session(request.config, SnippetStore(SNIPPETS))
