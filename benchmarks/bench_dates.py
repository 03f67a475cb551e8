"""Accuracy and speed of our date engine against dateparser, on tests/data/dates_ar.tsv.

Run: ``python benchmarks/bench_dates.py [--repeat N]``. Prints a Markdown table.

All three are scored in one run on the same rows with the comparison the test suite
uses (``tests/test_dates.py``): a row is right when the datetime is equal and has the
same offset (or both are naive), and for a row that expects None, when None comes
back. Ours is also held to the row's extra checks (precision, hijri, flags…);
dateparser returns a bare datetime, so it is held to the datetime only.

dateparser gets what it can use of each row: ``languages=['ar']``, the reference time
as ``RELATIVE_BASE`` with ``PREFER_DATES_FROM='past'``, and the default zone as
``TIMEZONE`` with ``RETURN_AS_TIMEZONE_AWARE``. ``search_dates`` is scored on its first
hit. Times are wall-clock per string, after one warm-up pass (dateparser loads its
language data lazily), taking the best of ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dateparser
from dateparser.search import search_dates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from arabnews_extract.dates import parse_date
from test_dates import datetime_mismatch, load_rows, mismatch

Row = dict[str, str]


def _reference(row: Row) -> dt.datetime | None:
    return dt.datetime.fromisoformat(row["reference_time"]) if row["reference_time"] else None


def _dp_settings(row: Row) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    ref = _reference(row)
    if ref is not None:
        settings["RELATIVE_BASE"] = ref
        settings["PREFER_DATES_FROM"] = "past"
    if row["default_tz"]:
        settings["TIMEZONE"] = row["default_tz"]
        settings["RETURN_AS_TIMEZONE_AWARE"] = True
    return settings


def ours(row: Row) -> Any:
    return parse_date(
        row["text"], reference_time=_reference(row), default_tz=row["default_tz"] or None
    )


def dp_parse(row: Row) -> Any:
    return dateparser.parse(row["text"], languages=["ar"], settings=_dp_settings(row))


def dp_search(row: Row) -> Any:
    found = search_dates(row["text"], languages=["ar"], settings=_dp_settings(row))
    return found[0][1] if found else None


def score_ours(row: Row, got: Any) -> bool:
    return mismatch(got, row["expected"], row["checks"]) is None


def score_dt(row: Row, got: Any) -> bool:
    return datetime_mismatch(got, row["expected"]) is None


def run(
    fn: Callable[[Row], Any], score: Callable[[Row, Any], bool], rows: list[Row], repeat: int
) -> tuple[int, float]:
    """(rows right, best µs per string)."""
    results = [fn(row) for row in rows]  # warm-up, and the results we score
    right = sum(score(row, got) for row, got in zip(rows, results, strict=True))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for row in rows:
            fn(row)
        best = min(best, time.perf_counter() - start)
    return right, best / len(rows) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per parser")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # dateparser's deprecation noise is not our measure
    rows = load_rows()
    contenders = [
        ("arabnews_extract `parse_date`", ours, score_ours),
        ("dateparser `parse(languages=['ar'])`", dp_parse, score_dt),
        ("dateparser `search_dates(languages=['ar'])`", dp_search, score_dt),
    ]
    measured = [(name, *run(fn, score, rows, args.repeat)) for name, fn, score in contenders]
    base = measured[0][2]
    print(f"{len(rows)} rows of tests/data/dates_ar.tsv, best of {args.repeat} timed passes\n")
    print("| parser | right | accuracy | µs/string | time vs ours |")
    print("|---|---:|---:|---:|---:|")
    for name, right, micros in measured:
        print(
            f"| {name} | {right}/{len(rows)} | {right / len(rows):.1%} "
            f"| {micros:,.1f} | {micros / base:,.1f}x |"
        )


if __name__ == "__main__":
    main()
