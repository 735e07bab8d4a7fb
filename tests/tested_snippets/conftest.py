from __future__ import annotations

import pytest

from quiz_plugin.snippets.recordings import VersionSpec
from tested_snippets.session import SnippetSession, interpreters, run_session, site_store


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "snippet_case" in metafunc.fixturenames:
        store = site_store()
        covered = VersionSpec.parse(store.default_versions)
        snippets = store.all()
        # Interpreters older than the site covers only matter to snippets that ask for them.
        found = [i for i in interpreters(metafunc.config) if any(s.spec.includes(i.version) for s in snippets)]
        # Below the covered range, a case exists only where a snippet asks for that version; within it,
        # a snippet that does not apply shows up as a skip with the reason.
        cases = [
            (snippet, interpreter)
            for snippet in snippets
            for interpreter in found
            if covered.includes(interpreter.version) or snippet.spec.includes(interpreter.version)
        ]
        ids = [f"{snippet.path}@{interpreter.version}" for snippet, interpreter in cases]
        metafunc.parametrize("snippet_case", cases, ids=ids)


@pytest.fixture(scope="session")
def snippet_session(request: pytest.FixtureRequest) -> SnippetSession:
    return run_session(request.config, site_store())
