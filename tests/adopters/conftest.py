"""The package as adopters install it: built into a wheel once per session, installed into a fresh
virtual environment that every example site of the matrix is built with."""

from __future__ import annotations

import pytest

from .environment import Environment, build_wheel, installed_hosts, make_environment


@pytest.fixture(scope="session")
def adopter_environment(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Environment:
    # The hosts' packages are kept between runs in pytest's cache, or for this run only without it
    # (`-p no:cacheprovider`).
    cache = getattr(pytestconfig, "cache", None)
    hosts = installed_hosts(cache.mkdir("adopter-hosts") if cache else tmp_path_factory.mktemp("adopter-hosts"))
    wheel = build_wheel(tmp_path_factory.mktemp("wheel"))
    return make_environment(tmp_path_factory.mktemp("adopter-venv"), wheel, hosts)
