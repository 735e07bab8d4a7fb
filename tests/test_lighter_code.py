"""hooks/lighter_code.py: names and whitespace in highlighted code become plain text, which looks the
same, since the theme colours them as the code around them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from playwright.sync_api import Browser

from support import ROOT, build_site, serving


def load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_hook_lighter_code", ROOT / "hooks" / "lighter_code.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


hook = load_hook()


def test_names_and_whitespace_become_text_and_every_other_token_keeps_its_span() -> None:
    code = (
        '<code><span class="kn">import</span><span class="w"> </span><span class="nn">sys</span>\n'
        '<span class="n">x</span> <span class="o">=</span> <span class="n">sys</span><span class="o">.</span>'
        '<span class="n">getrefcount</span><span class="p">(</span><span class="n">x</span><span class="p">)</span>'
        '<span class="hll"><span class="n">y</span></span></code>'
    )
    assert hook.plain_tokens(code) == (
        '<code><span class="kn">import</span> <span class="nn">sys</span>\n'
        'x <span class="o">=</span> sys<span class="o">.</span>'
        'getrefcount<span class="p">(</span>x<span class="p">)</span>'
        '<span class="hll">y</span></code>'
    )
    assert hook.plain_tokens('<span class="n"><b>kept</b></span>') == '<span class="n"><b>kept</b></span>'


@pytest.mark.browser
def test_a_name_looks_like_the_code_around_it_in_both_palettes(browser: Browser, tmp_path: Path) -> None:
    site = build_site(ROOT / "mkdocs.yml", tmp_path / "site", site_url="https://example.invalid/")
    assert '<span class="n">' not in (site / "gc" / "index.html").read_text(encoding="utf-8")
    with serving(site) as url:
        page = browser.new_page()
        try:
            page.goto(url + "gc/")
            for scheme in ("default", "slate"):
                page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
                page.wait_for_timeout(1000)  # Material fades colours from one palette to the other
                colours = page.evaluate(
                    """() => {
                      const code = document.querySelector('.highlight code');
                      const tokens = ['n', 'w'].map((name) => {
                        const span = document.createElement('span');
                        span.className = name;
                        span.textContent = 'x';
                        code.append(span);
                        return span;
                      });
                      const found = [code, ...tokens].map((element) => getComputedStyle(element).color);
                      tokens.forEach((span) => span.remove());
                      return found;
                    }"""
                )
                assert len(set(colours)) == 1, f"{scheme}: {colours}"
        finally:
            page.close()
