"""The command line. The only module that prints.

    arabnews-extract extract [PATH|URL|-]... [-o FILE] [--format jsonl|json|csv|parquet|sqlite]
    arabnews-extract crawl SEED... [--db arabnews.db] [--since DATE] [--max-pages N] [--depth N]
    arabnews-extract export --db FILE [--format jsonl|csv|parquet] [--since DATE] [-o FILE]
    arabnews-extract evaluate DIR
    arabnews-extract warc FILE_OR_GLOB... -o OUT_DIR [--workers N] [--scheduler ADDRESS]
    arabnews-extract schema | version

Exit codes: 0 all inputs ok, 1 some failed, 2 usage error. One line per error on
stderr, never a traceback unless ``--debug``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ._build import is_compiled
from ._version import __version__
from .batch import extract_batch
from .config import FetchSettings, Options
from .langfilter import DEFAULT_MIN_SHARE
from .models import Article, Result
from .output import FORMATS, open_writer

_EXTRACT_EXAMPLES = """examples:
  arabnews-extract extract page.html
  arabnews-extract extract saved_pages/ -o articles.jsonl --jobs 2
  arabnews-extract extract https://www.example.com/news/2024/03/05/story-1234
  cat urls.txt | arabnews-extract extract - --format csv -o articles.csv --errors failed.jsonl
  arabnews-extract extract page.html --reference-time 2024-03-05T12:00:00+03:00 --tz Asia/Riyadh
"""
_CRAWL_EXAMPLES = """examples:
  arabnews-extract crawl https://www.example.com/ --db news.db --max-pages 500
  arabnews-extract crawl https://www.example.com/sitemap.xml https://www.example.com/rss \\
      --since 2024-03-01 --depth 2 --per-host-delay 2
  arabnews-extract crawl http://127.0.0.1:8000/ --allow-private-addresses   # a local test portal
"""
_EXPORT_EXAMPLES = """examples:
  arabnews-extract export --db news.db --format parquet -o articles.parquet
  arabnews-extract export --db news.db --since 2024-03-01 > march.jsonl
"""
_EVALUATE_EXAMPLES = """examples:
  arabnews-extract evaluate my-eval/      # my-eval/<id>.html beside my-eval/<id>.json
"""
_WARC_EXAMPLES = """examples:
  arabnews-extract warc 'crawl/*.warc.gz' -o articles_parquet/ --workers 2
  arabnews-extract warc s3://bucket/segment/*.warc.gz -o out/ --scheduler tcp://10.0.0.5:8786
"""
_EXAMPLES = (
    "\n".join(
        [_EXTRACT_EXAMPLES, _CRAWL_EXAMPLES.split("\n", 1)[1], _EXPORT_EXAMPLES.split("\n", 1)[1]]
    )
    + """  arabnews-extract evaluate my-eval/
  arabnews-extract schema > article.schema.json
"""
)
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx")


class UsageError(Exception):
    """A mistake in the command line the parser cannot see (exit code 2)."""


# --- inputs, progress, summary ------------------------------------------------------------


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _expand(value: str) -> Iterator[str]:
    path = Path(value)
    if not _is_url(value) and path.is_dir():
        for found in sorted(path.rglob("*")):
            if found.is_file() and found.suffix.lower() in _PAGE_SUFFIXES:
                yield str(found)
    else:
        yield value


def _inputs(values: Sequence[str], stdin: IO[str]) -> Iterator[str]:
    """Every input, lazily: '-' reads one path or URL per line from stdin."""
    for value in values:
        if value == "-":
            for line in stdin:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield from _expand(line)
        else:
            yield from _expand(value)


class Progress:
    """A one-line progress display on stderr (only on a terminal, and not with -q)."""

    def __init__(self, *, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.failed: Counter[str] = Counter()
        self.start = time.monotonic()
        self._shown = 0.0

    def __call__(self, result: Result) -> None:
        self.done += 1
        if result.error is not None:
            self.failed[result.error.kind] += 1
        now = time.monotonic()
        if self.enabled and (now - self._shown > 0.1 or self.done == self.total):
            self._shown = now
            rate = self.done / max(now - self.start, 1e-9)
            failed = sum(self.failed.values())
            line = f"{self.done} done, {rate:.1f}/s, {failed} failed"
            if self.total:
                eta = (self.total - self.done) / rate if rate else 0.0
                line = f"{self.done}/{self.total} done, {rate:.1f}/s, {failed} failed"
                line += f", ETA {eta:.0f} s"
            sys.stderr.write("\r" + line + "\x1b[K")
            sys.stderr.flush()

    def summary(self) -> str:
        if self.enabled:
            sys.stderr.write("\n")
        ok = self.done - sum(self.failed.values())
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items()))
        failed = f"{sum(self.failed.values())} failed ({kinds})" if self.failed else "0 failed"
        return f"{ok} ok, {failed}, {time.monotonic() - self.start:.1f} s"


def _settings(args: argparse.Namespace) -> FetchSettings:
    values: dict[str, Any] = {"allow_private_addresses": args.allow_private_addresses}
    if args.user_agent:
        values["user_agent"] = args.user_agent
    if args.per_host_delay is not None:
        values["per_host_delay"] = args.per_host_delay
    if args.concurrency is not None:
        values["concurrency"] = args.concurrency
    if args.no_robots:
        values["obey_robots"] = False
    if args.timeout is not None:
        values["total_timeout"] = args.timeout
        values["read_timeout"] = min(args.timeout, 30.0)
    return FetchSettings(**values)


def _options(args: argparse.Namespace) -> Options:
    return Options(default_tz=args.tz) if getattr(args, "tz", None) else Options()


def _date(value: str) -> dt.datetime:
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date: {value!r}") from exc
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)


# --- commands -----------------------------------------------------------------------------


def _cmd_extract(args: argparse.Namespace) -> int:
    inputs = _inputs(args.inputs, sys.stdin)
    total = None
    if "-" not in args.inputs:
        listed = list(inputs)
        total, inputs = len(listed), iter(listed)
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty(), total=total)
    writer, handle = open_writer(args.format, args.output, sys.stdout)
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115
    try:
        for result in extract_batch(
            inputs,
            settings=_settings(args),
            options=_options(args),
            workers=args.jobs if args.jobs > 1 else 0,
            reference_time=args.reference_time,
        ):
            progress(result)
            writer.write(result)
            if result.error is not None:
                if errors is not None:
                    record = {"input": result.input, "error": result.error.model_dump(mode="json")}
                    errors.write(json.dumps(record, ensure_ascii=False) + "\n")
                if not args.quiet:
                    _say(f"{result.input}: {result.error.kind}: {result.error.message}", progress)
    finally:
        writer.close()
        for stream in (handle, errors):
            if stream is not None:
                stream.close()
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return 1 if progress.failed else 0


def _say(line: str, progress: Progress) -> None:
    if progress.enabled:
        sys.stderr.write("\r\x1b[K")
    print(line, file=sys.stderr)


def _cmd_crawl(args: argparse.Namespace) -> int:
    from .crawl import crawl
    from .store import Store

    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    with Store(args.db) as store:
        summary = crawl(
            args.seeds,
            store=store,
            settings=_settings(args),
            options=_options(args),
            depth=args.depth,
            since=args.since,
            max_pages=args.max_pages,
            refresh=args.refresh,
            workers=args.jobs if args.jobs > 1 else 0,
            progress=progress,
        )
    if progress.enabled:
        sys.stderr.write("\n")
    if not args.quiet:
        print(f"{args.db}: {summary.line()}", file=sys.stderr)
    return 1 if summary.failed else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from .store import Store

    if not Path(args.db).exists():
        raise UsageError(f"no such store: {args.db}")
    writer, handle = open_writer(args.format, args.output, sys.stdout)
    count = 0
    try:
        with Store(args.db) as store:
            since = args.since.date() if args.since else None
            for count, article in enumerate(store.articles(since=since), start=1):
                writer.write(Result(index=count, input=article.url or "", article=article))
    finally:
        writer.close()
        if handle is not None:
            handle.close()
    if not args.quiet:
        print(f"{count} articles exported", file=sys.stderr)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    if not Path(args.folder).is_dir():
        raise UsageError(f"not a folder: {args.folder}")
    result = evaluate(args.folder)
    if not result.pages:
        raise UsageError(f"no <id>.html with a <id>.json truth in {args.folder}")
    print(result.table())
    return 0


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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    common.add_argument("--debug", action="store_true", help="show tracebacks on errors")

    fetching = argparse.ArgumentParser(add_help=False)
    group = fetching.add_argument_group("fetching (URLs only)")
    group.add_argument("--user-agent", help="User-Agent header (default: an identifying one)")
    group.add_argument("--per-host-delay", type=float, help="seconds between requests to a host")
    group.add_argument("--concurrency", type=int, help="requests in flight at most")
    group.add_argument("--timeout", type=float, help="seconds a page may take in all")
    group.add_argument("--no-robots", action="store_true", help="do not obey robots.txt")
    group.add_argument(
        "--allow-private-addresses",
        action="store_true",
        help="allow loopback and private addresses (a portal on this machine); off by default",
    )

    parser = argparse.ArgumentParser(
        prog="arabnews-extract",
        description="Clean, structured articles from Arabic news pages.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)
    raw = argparse.RawDescriptionHelpFormatter

    ext = sub.add_parser(
        "extract",
        parents=[common, fetching],
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=raw,
        help="extract articles from pages, folders, URLs or a list on stdin",
    )
    ext.add_argument("inputs", nargs="+", metavar="PATH|URL|-", help="'-' reads a list from stdin")
    ext.add_argument("-o", "--output", help="write here instead of stdout")
    ext.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    ext.add_argument("--errors", metavar="FILE", help="one JSON line per failed input")
    ext.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1)")
    ext.add_argument("--reference-time", type=_date, help="when saved pages were fetched")
    ext.add_argument("--tz", help="IANA zone for times the pages give without one")

    crw = sub.add_parser(
        "crawl",
        parents=[common, fetching],
        epilog=_CRAWL_EXAMPLES,
        formatter_class=raw,
        help="discover and extract a portal's articles into an SQLite store",
    )
    crw.add_argument("seeds", nargs="+", metavar="SEED", help="home/section pages, feeds, sitemaps")
    crw.add_argument("--db", default="arabnews.db", help="the store (default arabnews.db)")
    crw.add_argument("--since", type=_date, help="skip feed/sitemap entries older than this")
    crw.add_argument("--max-pages", type=int, help="articles to fetch in this run at most")
    crw.add_argument("--depth", type=int, default=1, help="section-page levels to follow")
    crw.add_argument("--refresh", action="store_true", help="fetch stored articles again")
    crw.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1)")
    crw.add_argument("--tz", help="IANA zone for times the pages give without one")

    exp = sub.add_parser(
        "export",
        parents=[common],
        epilog=_EXPORT_EXAMPLES,
        formatter_class=raw,
        help="read articles back from a store",
    )
    exp.add_argument("--db", required=True, help="the store to read")
    exp.add_argument("--format", choices=("jsonl", "json", "csv", "parquet"), default="jsonl")
    exp.add_argument("--since", type=_date, help="only articles published on or after")
    exp.add_argument("-o", "--output", help="write here instead of stdout")

    ev = sub.add_parser(
        "evaluate",
        parents=[common],
        epilog=_EVALUATE_EXAMPLES,
        formatter_class=raw,
        help="score the extractor on pages with truth files (docs/evaluation.md)",
    )
    ev.add_argument("folder", metavar="DIR")

    warc = sub.add_parser(
        "warc",
        parents=[common],
        help="extract the Arabic pages of WARC files into Parquet (with Dask)",
        epilog=_WARC_EXAMPLES,
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
    sub.add_parser("schema", parents=[common], help="print the JSON Schema of an article")
    sub.add_parser("version", parents=[common], help="print the version")
    return parser


_COMMANDS = {
    "extract": _cmd_extract,
    "crawl": _cmd_crawl,
    "export": _cmd_export,
    "evaluate": _cmd_evaluate,
    "warc": _cmd_warc,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on a usage error
    if args.command == "schema":
        print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if args.command == "version":
        print(f"{__version__} ({'compiled' if is_compiled() else 'pure Python'})")
        return 0
    try:
        return _COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"arabnews-extract {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        else:
            print(f"arabnews-extract {args.command}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
