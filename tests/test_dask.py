"""Dask scale-out: one process and a 2-worker cluster write the same Parquet, row for row."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from arabnews_extract.batch import extract_one
from arabnews_extract.models import Fetched

from .test_warc import build_warc, sample_pages

adask = pytest.importorskip("arabnews_extract.dask")
distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def warc_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three WARCs (two gzip, one plain) sharing out the sampled fixture pages."""
    pages = sample_pages()
    folder = tmp_path_factory.mktemp("warcs")
    return [
        build_warc(folder / "a.warc.gz", pages[0::3]),
        build_warc(folder / "b.warc", pages[1::3]),
        build_warc(folder / "c.warc.gz", pages[2::3]),
    ]


def _rows(out_dir: Path) -> list[dict[str, Any]]:
    rows = pq.read_table(out_dir).to_pylist()
    return sorted(rows, key=lambda row: (row["warc_file"], row["index"]))


def _files(out_dir: Path) -> list[str]:
    return sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*.parquet"))


@pytest.fixture(scope="module")
def local_run(warc_files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    glob = str(warc_files[0].parent / "*.warc*")
    stats = adask.warc_to_parquet(glob, out, blocksize=3, scheduler="synchronous")
    assert stats.articles > 10 and stats.not_arabic == 3 and stats.truncated == 3
    return out


def test_output_is_partitioned_by_portal_and_month(local_run: Path) -> None:
    rows = _rows(local_run)
    portals = {p.name for p in local_run.iterdir()}
    assert portals == {f"portal={row['portal']}" for row in rows}
    for path in local_run.rglob("*.parquet"):
        assert path.parent.name.startswith("published_month=")
    for row in rows:
        if row["published"] is not None:
            assert row["published"].startswith(row["published_month"])
    assert {row["error_kind"] for row in rows} >= {None, "not-an-article"}


def test_columns_are_the_row_columns(local_run: Path) -> None:
    from arabnews_extract.warc import ROW_COLUMNS

    table = pq.read_table(local_run)
    assert sorted(table.column_names) == sorted(ROW_COLUMNS)
    assert list(adask.ROW_SCHEMA.names) == list(ROW_COLUMNS)


def test_rows_match_extract_one_on_each_record(local_run: Path) -> None:
    from arabnews_extract.warc import article_row, iter_results

    expected = []
    for path in sorted({row["warc_file"] for row in _rows(local_run)}):
        expected += [article_row(r, warc_file=path) for r in iter_results(path)]
    key = lambda row: (row["warc_file"], row["index"])  # noqa: E731  (a sort key)
    assert _rows(local_run) == sorted(expected, key=key)


def test_two_worker_cluster_writes_the_same_output(
    warc_files: list[Path], local_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    glob = str(warc_files[0].parent / "*.warc*")
    with adask.scheduler_for(workers=2) as client:  # a LocalCluster of 2 processes
        assert len(client.scheduler_info()["workers"]) == 2
        stats = adask.warc_to_parquet(glob, out, blocksize=3, scheduler=client)
    assert stats.articles > 10
    assert _files(out) == _files(local_run)
    assert _rows(out) == _rows(local_run)


def test_extract_bag_gives_the_results_of_extract_one() -> None:
    import dask.bag as db

    when = dt.datetime(2024, 3, 6, tzinfo=dt.timezone.utc)
    items = [
        Fetched(url=url, final_url=url, headers=headers, body=body, fetched_at=fetched)
        for url, body, headers, fetched in sample_pages()[:6]
    ]
    items.append(Fetched(url="https://x.example/", final_url="https://x.example/", fetched_at=when))
    bag = db.from_sequence(items, npartitions=1)
    results = adask.extract_bag(bag).compute(scheduler="synchronous")
    assert results == [extract_one(item, i) for i, item in enumerate(items)]
    assert results[-1].error is not None


def test_cli_warc_writes_parquet(warc_files: list[Path], local_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli"
    command = [sys.executable, "-m", "arabnews_extract", "warc", *map(str, warc_files)]
    result = subprocess.run(
        [*command, "-o", str(out), "--blocksize", "3"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "articles=" in result.stderr and not result.stdout
    assert _rows(out) == _rows(local_run)


def test_unreadable_file_is_counted_and_the_others_done(
    warc_files: list[Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.warc.gz"
    stats = adask.warc_to_parquet(
        [warc_files[0], missing], tmp_path / "out", scheduler="synchronous"
    )
    assert stats.unreadable == 1 and stats.articles > 0
