"""The command line. The only module that prints.

arabnews-extract extract PAGE.html [DIR ...] [-o out.jsonl]
arabnews-extract warc FILE_OR_GLOB... -o OUT_DIR [--workers N] [--scheduler ADDRESS]
arabnews-extract schema
arabnews-extract version
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._version import __version__
from .api import extract
from .config import Options
from .errors import ArabNewsError
from .langfilter import DEFAULT_MIN_SHARE
from .models import Article

_EXAMPLES = """examples:
  arabnews-extract extract page.html
  arabnews-extract extract saved_pages/ -o articles.jsonl
  arabnews-extract extract page.html --reference-time 2024-03-05T12:00:00+03:00 --tz Asia/Riyadh
  arabnews-extract warc 'crawl/*.warc.gz' -o articles_parquet/ --workers 2
  arabnews-extract schema > article.schema.json
"""
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx")


def _iter_paths(inputs: Sequence[str]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _PAGE_SUFFIXES
            )
        else:
            yield path


def _record(path: Path, options: Options, reference_time: dt.datetime | None) -> dict[str, Any]:
    try:
        page = path.read_bytes()
    except OSError as exc:
        return {"input": str(path), "error": {"kind": "io", "message": str(exc)}}
    try:
        article: Article = extract(page, reference_time=reference_time, options=options)
    except ArabNewsError as exc:
        return {"input": str(path), "error": {"kind": exc.kind, "message": exc.message}}
    return {"input": str(path), **article.model_dump(mode="json")}


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    options = Options(default_tz=args.tz)
    failed = 0
    for path in _iter_paths(args.inputs):
        record = _record(path, options, args.reference_time)
        if "error" in record:
            failed += 1
            print(
                f"{path}: {record['error']['kind']}: {record['error']['message']}", file=sys.stderr
            )
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _cmd_warc(args: argparse.Namespace) -> int:
    try:
        from .dask import scheduler_for, warc_to_parquet
    except ImportError as exc:
        print(f"the warc command needs the 'dask' extra ({exc}):", file=sys.stderr)
        print('  pip install "arabnews-extract[dask]"', file=sys.stderr)
        return 2
    options = Options(default_tz=args.tz)
    min_arabic = args.min_arabic if args.min_arabic > 0 else None
    with scheduler_for(address=args.scheduler, workers=args.workers) as scheduler:
        stats = warc_to_parquet(
            args.inputs,
            args.output,
            blocksize=args.blocksize,
            options=options,
            min_arabic=min_arabic,
            scheduler=scheduler,
        )
    counts = ", ".join(f"{key}={value}" for key, value in stats.as_dict().items())
    print(f"{args.output}: {counts}", file=sys.stderr)
    return 1 if stats.unreadable else 0


def _parse_time(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 datetime: {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arabnews-extract",
        description="Clean, structured articles from Arabic news pages.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser(
        "extract",
        help="extract articles from saved pages (JSON Lines out)",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument("inputs", nargs="+", metavar="PATH", help="page files or folders")
    ext.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    ext.add_argument(
        "--reference-time", type=_parse_time, help="when the pages were fetched (ISO 8601)"
    )
    ext.add_argument("--tz", help="IANA zone for times the pages give without one")
    warc = sub.add_parser(
        "warc",
        help="extract the Arabic pages of WARC files into Parquet (with Dask)",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    warc.add_argument(
        "inputs", nargs="+", metavar="FILE_OR_GLOB", help="WARC files, globs or s3:// URLs"
    )
    warc.add_argument("-o", "--output", required=True, help="Parquet dataset folder to write")
    warc.add_argument(
        "--workers", type=int, default=1, help="local worker processes (default 1: in-process)"
    )
    warc.add_argument("--scheduler", help="address of a running dask scheduler (tcp://host:8786)")
    warc.add_argument(
        "--min-arabic",
        type=float,
        default=DEFAULT_MIN_SHARE,
        help="least share of Arabic letters a page needs to be extracted (0: all pages)",
    )
    warc.add_argument(
        "--blocksize", type=int, default=1000, help="rows per Parquet piece a worker writes"
    )
    warc.add_argument("--tz", help="IANA zone for times the pages give without one")
    sub.add_parser("schema", help="print the JSON Schema of an article")
    sub.add_parser("version", help="print the version")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if args.command == "version":
        print(__version__)
        return 0
    if args.command == "warc":
        return _cmd_warc(args)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            return _cmd_extract(args, out)
    return _cmd_extract(args, sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
