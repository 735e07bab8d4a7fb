"""The real site, built with and without the quiz plugin, and Debian's Chromium to load it.

Playwright never downloads a browser here: it launches the system's Chromium. Without one the browser
tests are skipped, except under CI=true, where a missing browser fails them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from support import ROOT, build_site

SERVED_SITE_URL = "https://example.invalid/"  # any origin: only the root path matters here


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site (mkdocs.yml at the root), built strictly."""
    # Served at the server's root, so built for a root path: MkDocs writes 404.html with absolute
    # paths under site_url's path (/cpython-memory/ in production).
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("security-site"), site_url=SERVED_SITE_URL)


@pytest.fixture(scope="session")
def site_without_quiz_plugin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site built without the quiz plugin: what the theme alone puts in each page."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [
        plugin
        for plugin in config["plugins"]
        if plugin != "quizblocks" and not (isinstance(plugin, dict) and "quizblocks" in plugin)
    ]
    config["docs_dir"] = str(ROOT / "docs")
    # Paths the configuration gives relative to its own directory.
    config["hooks"] = [str(ROOT / path) for path in config.get("hooks", [])]
    if "custom_dir" in config["theme"]:
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    config["site_url"] = SERVED_SITE_URL
    del config["watch"]
    for extension in config["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            options = extension["pymdownx.snippets"]
            options["base_path"] = [str(ROOT / path) for path in options["base_path"]]
    config_file = tmp_path_factory.mktemp("no-quiz-config") / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    out = tmp_path_factory.mktemp("no-quiz-site")
    # Not strict: without the plugin, the navigation names pages only the plugin generates
    # (questions.md) and the quiz blocks stay text; this build only shows what the theme emits.
    build(load_config(str(config_file), site_dir=str(out), strict=False))
    return out


@pytest.fixture(scope="session")
def chromium(browser: object) -> object:
    """The session's one Chromium (tests/conftest.py): two Playwright instances cannot coexist."""
    return browser
