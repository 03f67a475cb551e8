"""The build under test is the one CI says it is.

``.ci/run`` runs the suite twice: on the editable, pure-Python install, then on the wheel
mypyc compiles (``scripts/build-compiled-wheel``) with ARABNEWS_EXTRACT_EXPECT_COMPILED=1.
Without these checks a second run that silently imported the sources again would pass
and prove nothing about the compiled code.
"""

from __future__ import annotations

import importlib
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import arabnews_extract
from arabnews_extract import cli

# (tomllib is Python 3.11's; on 3.10 these checks are skipped, the rest of the suite runs)
tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[1]
EXPECT_COMPILED = os.environ.get("ARABNEWS_EXTRACT_EXPECT_COMPILED") == "1"


def compiled_modules() -> list[str]:
    """The modules pyproject.toml's mypyc hook compiles, as dotted names."""
    hook = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"][
        "build"
    ]["targets"]["wheel"]["hooks"]["mypyc"]
    excluded = {ROOT / p for p in hook["exclude"]}
    names = []
    for pattern in hook["include"]:
        path = ROOT / pattern
        files = sorted(path.glob("*.py")) if path.is_dir() else [path]
        for file in files:
            if file not in excluded:
                parts = file.relative_to(ROOT / "src").with_suffix("").parts
                names.append(".".join(parts))
    return names


def test_the_build_under_test_is_the_one_ci_names() -> None:
    assert arabnews_extract.is_compiled() is EXPECT_COMPILED


@pytest.mark.parametrize("name", compiled_modules())
def test_every_module_the_hook_lists_runs_as_that_build(name: str) -> None:
    module = importlib.import_module(name)
    compiled = (module.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
    assert compiled is EXPECT_COMPILED, module.__file__


def test_the_hook_lists_the_hot_path() -> None:
    names = compiled_modules()
    for hot in ("segment", "extractors.article", "extractors.content", "dates.parse"):
        assert f"arabnews_extract.{hot}" in names


def test_version_says_which_build(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["version"]) == 0
    build = "compiled" if EXPECT_COMPILED else "pure Python"
    assert capsys.readouterr().out == f"{arabnews_extract.__version__} ({build})\n"
