"""The package as an adopter gets it: a wheel built from this checkout, installed into a fresh virtual
environment (never the work tree, never this checkout's .venv) next to the hosts of the matrix.

The hosts (MkDocs, Material, Zensical: some 35,000 files) are installed once per version of
requirements.txt into a folder of pytest's cache, which each fresh environment sees through a .pth
file; the package is installed from its wheel into every fresh environment, with its dependencies
resolved by pip against what is there.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

from support import ROOT

# The hosts of the matrix, at the versions requirements.txt pins (pymdown-extensions comes with Material).
HOSTS = ["mkdocs", "mkdocs-material", "zensical"]
REQUIREMENTS = ROOT / "requirements.txt"


def build_wheel(out_dir: Path) -> Path:
    """``python -m build --wheel`` of this checkout into ``out_dir``; the wheel's path."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out_dir), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    (wheel,) = out_dir.glob("*.whl")
    return wheel


def _adopters_environ() -> dict[str, str]:
    """This process's environment variables without the ones that would show pip or Python the work
    tree or this checkout's .venv (its quiz_plugin.egg-info would pass for the installed package)."""
    return {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}


def _pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", *args]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=1200, env=_adopters_environ())


def installed_hosts(cache: Path) -> Path:
    """The hosts, installed (once per version of requirements.txt and of Python) into a folder of ``cache``."""
    key = hashlib.sha256(REQUIREMENTS.read_bytes() + sys.version.encode()).hexdigest()[:12]
    folder = cache / f"hosts-{key}"
    if not folder.is_dir():
        partial = cache / f"hosts-{key}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        _pip("install", "--no-compile", "--target", str(partial), "--constraint", str(REQUIREMENTS), *HOSTS)
        partial.rename(folder)
    return folder


@dataclass(frozen=True)
class Environment:
    """A fresh virtual environment with the package installed from its wheel, and the hosts."""

    directory: Path

    @property
    def python(self) -> str:
        return str(self.directory / "bin" / "python")

    def environ(self) -> dict[str, str]:
        """The environment variables a host of the matrix runs with."""
        environ = _adopters_environ()
        environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's notice about MkDocs 2, on every build
        return environ

    def run(self, *args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """``python`` (``args[0]``) of the environment, in ``cwd``, as an adopter runs it."""
        assert args[0] == "python", "hosts run as `python -m <host>` (the shared hosts have no scripts of their own)"
        return subprocess.run(
            [self.python, *args[1:]], cwd=cwd, env=self.environ(), capture_output=True, text=True, timeout=timeout
        )


def make_environment(directory: Path, wheel: Path, hosts: Path) -> Environment:
    """A fresh virtual environment that sees ``hosts``, with ``wheel`` installed by pip into it."""
    venv.create(directory, with_pip=False)
    environment = Environment(directory)
    site_packages = subprocess.run(
        [environment.python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site_packages) / "adopter-hosts.pth").write_text(f"{hosts}\n", encoding="utf-8")
    _pip("--python", environment.python, "install", "--constraint", str(REQUIREMENTS), str(wheel))
    return environment
