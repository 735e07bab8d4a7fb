"""The package as another site gets it: `python -m build` makes a wheel and an sdist; the wheel, installed
with pip into a fresh virtual environment, with nothing of this repository on the path, builds a site
with MkDocs' own theme, lints it, and converts a page in plain Python-Markdown.

Two environments, the two ends of what the package supports: the oldest CPython (3.10) with the oldest
MkDocs and Python-Markdown that pyproject.toml accepts, and the newest (3.13) with the site's pins
(requirements.txt), all from PyPI. The CPythons between run the whole suite (3.11 here, 3.12 in the
workflow tests). Deselect with `-m "not package"`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

from support import ROOT
from workflows.contexts import NESTED_RUN

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(
        bool(os.environ.get(NESTED_RUN)), reason="inside a workflow run of the suite: the outer run checks the package"
    ),
]

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NAME = PYPROJECT["project"]["name"]
VERSION_RE = re.compile(r'^__version__ = "([^"]+)"$', re.M)
VERSION = VERSION_RE.findall((ROOT / "quiz_plugin" / "__init__.py").read_text(encoding="utf-8"))[0]
SUPPORTED = ["3.10", "3.11", "3.12", "3.13"]  # the classifiers
INSTALLED_ON = [SUPPORTED[0], SUPPORTED[-1]]
# The oldest versions pyproject.toml accepts, and the site's pins.
FLOORS = {"mkdocs": "1.6.0", "markdown": "3.6"}
PINS = {
    name.lower(): version
    for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (ROOT / "requirements.txt").read_text(), re.M)
}

QUESTIONS = """\
# Adopting quizblocks

/// quiz | adopter-single
Which object does `x = []` create?

- [x] A list
    > Square brackets make a list.
- [ ] A tuple
    > Parentheses make a tuple.
///

/// quiz | adopter-short
    type: short
    numeric: true
How many items does `[1, 2, 3]` hold?

- [x] 3
///
"""
MISTAKE = "# Broken\n\n/// quiz | adopter-broken\nNo right answer here.\n\n- [ ] a\n- [ ] b\n///\n"


def run(
    command: list[str], cwd: Path, stdin: str | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """A command with nothing of this repository or of this test run in its environment."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTEST_ADDOPTS"} and not key.startswith("QUIZ_")
    }
    environment |= {"NO_MKDOCS_2_WARNING": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONNOUSERSITE": "1"}
    return subprocess.run(
        command, cwd=cwd, env=environment, input=stdin, capture_output=True, text=True, timeout=timeout
    )


def interpreter(version: str) -> str | None:
    """A CPython of that version: pyenv's, or ``python3.N`` on PATH."""
    root = run(["pyenv", "root"], ROOT).stdout.strip() if shutil.which("pyenv") else ""
    found = sorted(Path(root, "versions").glob(f"{version}.*/bin/python{version}")) if root else []
    found = [path for path in found if re.fullmatch(rf"{re.escape(version)}\.\d+", path.parent.parent.name)]
    return str(found[-1]) if found else shutil.which(f"python{version}")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(ROOT)], out)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("*.whl")
    return found


@pytest.fixture(scope="module")
def sdist(dist: Path) -> Path:
    (found,) = dist.glob("*.tar.gz")
    return found


def test_the_sdist_holds_the_package_its_data_and_its_documents_but_not_the_site(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "quiz_plugin/extension/static/quiz.js",
        "quiz_plugin/extension/static/quiz.css",
        "quiz_plugin/snippets/static/run.js",
        "quiz_plugin/snippets/static/run-worker.js",
        "quiz_plugin/snippets/static/run_snippet.py",
        "quiz_plugin/py.typed",
        "quiz_plugin/README.md",
        "quiz_plugin/CHANGELOG.md",
        "LICENSE",
        "pyproject.toml",
        "PKG-INFO",
    ):
        assert needed in names
    tops = {name.split("/", 1)[0] for name in names}
    assert tops <= {
        "quiz_plugin",
        "quizblocks.egg-info",
        "LICENSE",
        "pyproject.toml",
        "PKG-INFO",
        "setup.cfg",
        "MANIFEST.in",
    }


def test_the_wheel_holds_the_package_and_its_data_and_no_tests(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    version = VERSION
    assert wheel.name == f"{NAME}-{version}-py3-none-any.whl"
    assert {name.split("/", 1)[0] for name in names} == {"quiz_plugin", f"{NAME}-{version}.dist-info"}
    for needed in (
        "quiz_plugin/extension/static/quiz.js",
        "quiz_plugin/extension/static/quiz.css",
        "quiz_plugin/snippets/static/run.js",
        "quiz_plugin/snippets/static/run-worker.js",
        "quiz_plugin/snippets/static/run_snippet.py",
        "quiz_plugin/py.typed",
    ):
        assert needed in names
    assert not [name for name in names if re.search(r"(^|/)(tests?|conftest)(/|\.py$)|(^|/)test_", name)]
    assert not [name for name in names if name.endswith(".md")]  # the README and changelog describe it
    assert f"{NAME}-{version}.dist-info/licenses/LICENSE" in names


def test_the_wheel_s_metadata_describes_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        dist_info = f"{NAME}-{VERSION}.dist-info"
        metadata = HeaderParser().parsestr(archive.read(f"{dist_info}/METADATA").decode("utf-8"))
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode("utf-8")
    assert metadata["Name"] == NAME
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["License-Expression"] == "MIT"
    assert sorted(metadata.get_all("Requires-Dist")) == ["markdown<4,>=3.6", "mkdocs<2,>=1.6"]
    classifiers = metadata.get_all("Classifier")
    assert [
        c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ] == SUPPORTED
    assert "Framework :: MkDocs" in classifiers
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL"))
    assert urls["Source"] == "https://github.com/cpython-memory/cpython-memory"
    assert set(urls) >= {"Homepage", "Documentation", "Issues", "Changelog"}
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload().startswith("# quizblocks")  # the package's README, not the site's
    assert re.findall(r"^(\w+) = ", entry_points, re.M) == ["quizblocks", "quizblocks"]
    assert "[markdown.extensions]" in entry_points and "[mkdocs.plugins]" in entry_points


@pytest.fixture(scope="module", params=INSTALLED_ON)
def environment(request: pytest.FixtureRequest, wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment of that CPython with the wheel, MkDocs and Python-Markdown only;
    returns its bin directory."""
    version = request.param
    python = interpreter(version)
    if python is None:
        pytest.skip(f"no CPython {version} here (pyenv's or python{version} on PATH)")
    venv = tmp_path_factory.mktemp(f"venv-{version}")
    created = run([python, "-m", "venv", str(venv)], venv)
    assert created.returncode == 0, created.stderr
    versions = FLOORS if version == SUPPORTED[0] else {name: PINS[name] for name in FLOORS}
    pins = [f"{name}=={pinned}" for name, pinned in versions.items()]
    installed = run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel), *pins], venv)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    return venv / "bin"


@pytest.fixture(scope="module")
def adopter_site(environment: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("adopter")
    (site / "docs").mkdir()
    (site / "docs" / "index.md").write_text(QUESTIONS, encoding="utf-8")
    (site / "mkdocs.yml").write_text(
        "site_name: Adopter\ntheme:\n  name: mkdocs\nplugins:\n  - search\n  - quizblocks:\n      questions_page: questions.md\n",
        encoding="utf-8",
    )
    return site


def test_the_installed_wheel_runs_on_that_python_without_this_repository(environment: Path) -> None:
    python = str(environment / "python")
    found = run(
        [
            python,
            "-c",
            "import sys, quiz_plugin, importlib.metadata as m, importlib.util as u; "
            "print(sys.version_info[:2], quiz_plugin.__file__, u.find_spec('pymdownx'), "
            "sorted(e.name for g in ('mkdocs.plugins', 'markdown.extensions') for e in m.entry_points(group=g) if 'quiz' in e.name))",
        ],
        environment,
    )
    assert found.returncode == 0, found.stderr
    assert str(environment.parent) in found.stdout  # imported from the environment, not from the work tree
    assert "None" in found.stdout  # pymdown-extensions is not installed: the package does not need it
    assert found.stdout.strip().endswith("['quizblocks', 'quizblocks']")
    assert run([python, "-m", "pip", "check"], environment).returncode == 0


def test_the_installed_plugin_builds_a_site_with_mkdocs_own_theme(environment: Path, adopter_site: Path) -> None:
    built = run([str(environment / "mkdocs"), "build", "--strict", "-d", "out"], adopter_site)
    assert built.returncode == 0, built.stderr
    out = adopter_site / "out"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count('<div class="quiz" ') == 2
    assert re.search(r'<script src="assets/quiz/quiz\.[0-9a-f]{8}\.js" defer>', page)
    assert re.search(r'<link rel="stylesheet" href="assets/quiz/quiz\.[0-9a-f]{8}\.css">', page)
    assert len(list((out / "assets" / "quiz").iterdir())) == 2
    assert (out / "questions" / "index.html").exists()  # the option the site set
    assert not (out / "quizzes.json").exists()  # and not the one it did not


def test_the_installed_linter_checks_the_site_and_reports_a_mistake_at_its_line(
    environment: Path, adopter_site: Path
) -> None:
    python = str(environment / "python")
    clean = run([python, "-m", "quiz_plugin", "lint"], adopter_site)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "1 file, 2 questions, no problems" in clean.stderr
    broken = adopter_site / "docs" / "broken.md"
    broken.write_text(MISTAKE, encoding="utf-8")
    try:
        found = run([python, "-m", "quiz_plugin", "lint"], adopter_site)
        assert found.returncode == 1
        assert found.stdout.startswith("docs/broken.md:6: no answer is marked correct")
        refused = run([str(environment / "mkdocs"), "build", "--strict", "-d", "out-broken"], adopter_site)
        assert refused.returncode == 1 and "docs/broken.md:6: no answer is marked correct" in refused.stderr
    finally:
        broken.unlink()


def test_the_installed_extension_works_in_plain_python_markdown(environment: Path) -> None:
    convert = "import markdown, sys; print(markdown.markdown(sys.stdin.read(), extensions=['quizblocks']))"
    converted = run([str(environment / "python"), "-c", convert], environment, stdin=QUESTIONS)
    assert converted.returncode == 0, converted.stderr
    assert converted.stdout.count('<div class="quiz" ') == 2
