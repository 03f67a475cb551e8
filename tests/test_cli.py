"""The command line, run as users run it: a subprocess, real files, a local portal."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import FIXTURES
from .portal_server import STORIES, Portal

SAMPLE = FIXTURES / "wordpress" / "agency-credit" / "page.html"
OTHER = FIXTURES / "egyptian" / "youm7-style" / "page.html"
HOME = FIXTURES / "notarticle" / "home-page" / "page.html"


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arabnews_extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def portal() -> Iterator[Portal]:
    with Portal() as server:
        yield server


def test_folder_input_is_recursive_and_errors_are_one_line_each(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = run("extract", str(FIXTURES / "notarticle"), str(SAMPLE), "--errors", str(errors))
    assert result.returncode == 1
    pages = len(list((FIXTURES / "notarticle").rglob("page.html")))  # one folder down each
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == pages + 1 and sum("error" in r for r in records) == pages
    failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {f["error"]["kind"] for f in failed} == {"not-an-article"}
    assert "Traceback" not in result.stderr
    summary = f"1 ok, {pages} failed (not-an-article {pages})"
    assert result.stderr.strip().splitlines()[-1].startswith(summary)


def test_a_list_on_stdin_and_every_format(tmp_path: Path) -> None:
    listing = f"{SAMPLE}\n# a comment\n\n{OTHER}\n"
    for fmt in ("jsonl", "json", "csv", "parquet", "sqlite"):
        out = tmp_path / f"out.{fmt}"
        result = run("extract", "-", "--format", fmt, "-o", str(out), "-q", stdin=listing)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    array = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [a["input"] for a in array] == [str(SAMPLE), str(OTHER)]  # input order
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {json.loads(r["sources"])[0] for r in rows if r["sources"] != "[]"} == {"AFP"}
    pyarrow = pytest.importorskip("pyarrow.parquet")
    table = pyarrow.read_table(tmp_path / "out.parquet")
    assert table.num_rows == 2 and "published_month" in table.column_names
    with sqlite3.connect(tmp_path / "out.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("extract").returncode == 2
    assert run("extract", str(SAMPLE), "--format", "parquet").returncode == 1  # needs -o
    result = run("export", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 2 and "no such store" in result.stderr
    assert run("evaluate", str(tmp_path)).returncode == 2


@pytest.mark.parametrize("command", ["extract", "crawl", "export", "evaluate", "warc"])
def test_help_shows_real_examples(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert f"arabnews-extract {command} " in result.stdout.split("examples:", 1)[1]


def test_fetching_is_refused_for_local_addresses_unless_allowed(portal: Portal) -> None:
    url = portal.url("/news/wordpress/agency-credit")
    refused = run("extract", url, "-q")
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["error"]["kind"] == "fetch"
    allowed = run("extract", url, "-q", "--allow-private-addresses", "--per-host-delay", "0")
    assert allowed.returncode == 0
    assert json.loads(allowed.stdout)["title"]


def test_crawl_then_export_then_query(portal: Portal, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    flags = ["--allow-private-addresses", "--per-host-delay", "0", "--db", str(db)]
    result = run("crawl", portal.url("/"), portal.url("/sitemap.xml"), *flags)
    assert result.returncode == 0, result.stderr
    assert f"discovered {STORIES} new URLs" in result.stderr
    again = run("crawl", portal.url("/"), *flags)
    assert "0 ok" in again.stderr  # nothing new to fetch
    out = tmp_path / "all.parquet"
    assert (
        run("export", "--db", str(db), "--format", "parquet", "-o", str(out), "-q").returncode == 0
    )
    pyarrow = pytest.importorskip("pyarrow.parquet")
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert pyarrow.read_table(out).num_rows == stored > 0
    march = run("export", "--db", str(db), "--since", "2024-03-01", "-q")
    assert all(
        json.loads(line)["published"]["datetime"] >= "2024-03-01"
        for line in march.stdout.splitlines()
    )


def test_evaluate_prints_the_table(tmp_path: Path) -> None:
    case = FIXTURES / "maghreb" / "moroccan"
    (tmp_path / "m.html").write_bytes((case / "page.html").read_bytes())
    (tmp_path / "m.json").write_text((case / "expected.json").read_text(encoding="utf-8"), "utf-8")
    result = run("evaluate", str(tmp_path))
    assert result.returncode == 0
    assert "| **mean** | **1.000** | **1.000** |" in result.stdout
