"""WARC throughput: one process against a 2-worker LocalCluster, and against trafilatura.

Run: ``python benchmarks/bench_warc.py [PAGES_DIR] [--files 4] [--records 1000]
[--workers 2] [--repeat 3] [--memory-gb 0.25 1.0] [--memory-only]``.
Prints Markdown tables; asserts nothing.

Synthetic WARC files (.warc.gz, written with warcio) are built in a temporary folder from
the pages of PAGES_DIR (default ``tests/fixtures``, every ``page.html``; or the
``*.html`` directly in it): each record is one page under a distinct URL. One record in
ten is an English page and one in twenty a PDF, so that the script filter and the
skipping of non-HTML records are part of what is timed, as in a real crawl.

Timed, on the same files, in one run:

* **read only**: every record's payload read with fastwarc and with warcio (the choice
  of reader for ``arabnews_extract.warc``);
* **ours, 1 process**: ``warc_to_parquet(..., scheduler="synchronous")``: read, filter,
  extract, write Parquet;
* **ours, N workers**: the same on the ``LocalCluster`` of N single-threaded worker
  processes that ``scheduler_for(workers=N)`` (and ``arabnews-extract warc --workers N``)
  sets up, timed after the cluster is up and warmed on small files;
* **trafilatura, 1 process**: the same HTML records (fastwarc-read, script-filtered)
  through ``trafilatura.extract(..., output_format="json", with_metadata=True)``, no
  Parquet: the peer's extraction cost alone.

The three runs are interleaved over ``--repeat`` rounds and the best round of each
counts, so that load from other processes on the machine falls on all alike. The
cluster's CPU use (worker CPU seconds / wall seconds / workers) and the load average are
printed too: scaling below the number of workers with workers busy well under 100% means
other processes took the cores, not that the run could not use them.
Rates are HTML records per second (the records that reach extraction or the filter).
``--memory-gb`` also builds plain WARCs of those sizes (95% English pages and PDFs, 5%
Arabic pages, an 8 MB page and a 40 MB binary record) and, in a child process, reports
the peak RSS after a scan-only pass (read + filter, nothing extracted) and after the
full extraction to Parquet: it should not grow with the size of the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
WHEN = dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.timezone.utc)
ENGLISH = (
    b"<!doctype html><html><head><title>Storm hits the coast</title></head><body><article>"
    + b"<p>Heavy rain flooded several streets on Tuesday, officials said. </p>" * 40
    + b"</article></body></html>"
)


def find_pages(root: Path) -> list[bytes]:
    pages = sorted(root.rglob("page.html")) or sorted(root.glob("*.html"))
    return [p.read_bytes() for p in pages]


def _record(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    writer.write_record(record)


def _bodies(pages: list[bytes], count: int, start: int) -> Iterator[tuple[str, bytes, str]]:
    html = "text/html; charset=utf-8"
    for n in range(start, start + count):
        if n % 20 == 19:
            yield (
                f"https://files.example.com/{n}.pdf",
                b"%PDF-1.4\n" + b"\x00" * 30_000,
                "application/pdf",
            )
        elif n % 10 == 9:
            yield f"https://news.example.com/{n}", ENGLISH, html
        else:
            yield f"https://portal{n % 7}.example.com/news/{n}", pages[n % len(pages)], html


def build_warc(path: Path, pages: list[bytes], count: int, start: int = 0) -> int:
    """Write ``count`` records; return how many are HTML."""
    html = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, body, content_type in _bodies(pages, count, start):
            _record(writer, url, body, content_type)
            html += content_type.startswith("text/html")
    return html


def read_fastwarc(paths: list[Path]) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response):
                record.reader.read()
                n += 1
    return n


def read_warcio(paths: list[Path]) -> int:
    n = 0
    for path in paths:
        with path.open("rb") as stream:
            for record in WarcioIterator(stream):
                if record.rec_type == "response":
                    record.content_stream().read()
                    n += 1
    return n


def scan_only(paths: list[Path]) -> int:
    """Read and script-filter every record: the cost of looking at a page we skip."""
    from arabnews_extract.langfilter import looks_arabic
    from arabnews_extract.warc import iter_warc

    return sum(looks_arabic(page) for path in paths for page in iter_warc(path))


def run_trafilatura(paths: list[Path]) -> int:
    import trafilatura

    from arabnews_extract.langfilter import looks_arabic
    from arabnews_extract.warc import iter_warc

    n = 0
    for path in paths:
        for page in iter_warc(path):
            n += 1
            if looks_arabic(page):
                trafilatura.extract(page.body, output_format="json", with_metadata=True)
    return n


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


def _peak_rss_kb() -> int:
    """Peak RSS of this process since it started (VmHWM; ru_maxrss survives exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_child(path: str) -> None:
    """In a child process: peak RSS after imports and a warm-up, then after one big WARC."""
    from arabnews_extract.dask import warc_to_parquet

    with tempfile.TemporaryDirectory() as out:
        _, scan = timed(warc_to_parquet, path, out, scheduler="synchronous", min_arabic=2.0)
        before = _peak_rss_kb()  # (min_arabic=2: a pass that reads every record, extracts none)
    with tempfile.TemporaryDirectory() as out:
        stats, seconds = timed(warc_to_parquet, path, out, scheduler="synchronous")
    after = _peak_rss_kb()
    times = {"scan_seconds": scan, "seconds": seconds}
    print(json.dumps({"before_kb": before, "after_kb": after, **times, **stats.as_dict()}))


def build_big_warc(path: Path, pages: list[bytes], size: int) -> None:
    html = "text/html; charset=utf-8"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        _record(
            writer, "https://big.example.com/huge", pages[0] * (8_000_000 // len(pages[0])), html
        )
        _record(writer, "https://big.example.com/blob", b"\x00" * 40_000_000, "application/zip")
        n = 0
        while out.tell() < size:
            for url, body, content_type in _bodies(pages, 1000, n):
                if n % 20 < 18:  # mostly not Arabic, as in a general crawl
                    url, body, content_type = f"https://en.example.com/{n}", ENGLISH, html
                _record(writer, url, body, content_type)
                n += 1


def throughput(args: argparse.Namespace, pages: list[bytes], tmp: Path) -> None:
    from arabnews_extract.dask import scheduler_for, warc_to_parquet

    paths = [tmp / f"part-{i}.warc.gz" for i in range(args.files)]
    html = sum(build_warc(p, pages, args.records, i * args.records) for i, p in enumerate(paths))
    warm = [tmp / f"warm-{i}.warc.gz" for i in range(args.workers)]
    for path in warm:
        build_warc(path, pages, 40)
    size = sum(p.stat().st_size for p in paths)
    print(
        f"{args.files} files x {args.records} records ({html} HTML), {size / 1e6:.1f} MB gzip, "
        f"{len(pages)} distinct pages, {os.cpu_count()} cores\n"
    )

    _, fast_s = timed(read_fastwarc, paths)
    _, warcio_s = timed(read_warcio, paths)
    _, scan_s = timed(scan_only, paths)
    records = args.files * args.records
    print("| reader | records/s | MB/s (gzip) |")
    print("|---|---:|---:|")
    readers = (
        ("fastwarc (every payload read)", fast_s),
        ("warcio (every payload read)", warcio_s),
        ("iter_warc + looks_arabic (scan)", scan_s),
    )
    for name, seconds in readers:
        print(f"| {name} | {records / seconds:,.0f} | {size / 1e6 / seconds:,.1f} |")
    print(f"\nfastwarc / warcio: {warcio_s / fast_s:.1f}x\n")

    warc_to_parquet(warm, tmp / "warm-out", scheduler="synchronous")
    run_trafilatura(warm)
    one_s = many_s = traf_s = float("inf")
    busy = 0.0
    with scheduler_for(workers=args.workers) as client:
        warc_to_parquet(warm, tmp / "warm-out2", scheduler=client)  # imports, tables
        for round_ in range(args.repeat):  # interleaved: machine load falls on all alike
            out = tmp / f"one-{round_}"
            stats, seconds = timed(warc_to_parquet, paths, out, scheduler="synchronous")
            one_s = min(one_s, seconds)
            out = tmp / f"many-{round_}"
            cpu_before = client.run(time.process_time)
            _, seconds = timed(warc_to_parquet, paths, out, scheduler=client)
            cpu = sum(client.run(time.process_time).values()) - sum(cpu_before.values())
            if seconds < many_s:
                many_s, busy = seconds, cpu / (seconds * args.workers)
            _, seconds = timed(run_trafilatura, paths)
            traf_s = min(traf_s, seconds)

    one, many, traf = html / one_s, html / many_s, html / traf_s
    print("| run | HTML records/s | per core |")
    print("|---|---:|---:|")
    print(f"| arabnews_extract, 1 process | {one:,.0f} | {one:,.0f} |")
    cluster_name = f"arabnews_extract, {args.workers}-worker LocalCluster"
    print(f"| {cluster_name} | {many:,.0f} | {many / args.workers:,.0f} |")
    print(f"| trafilatura, 1 process | {traf:,.0f} | {traf:,.0f} |")
    print(f"\nscaling {args.workers} workers / 1 process: {many / one:.2f}x (goal >= 1.7x)")
    print(f"workers busy {busy:.0%} of the cluster run (CPU seconds / wall / workers)")
    print(f"load average at the end (other processes included): {os.getloadavg()[0]:.1f}")
    print(f"ours / trafilatura per core: {one / traf:.1f}x (goal >= 5x)")
    print(f"counts: {stats.as_dict()}")


def memory(gigabytes: float, pages: list[bytes], tmp: Path) -> None:
    big = tmp / "big.warc"
    build_big_warc(big, pages, int(gigabytes * 1e9))
    child = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(big)],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(child.stdout)
    before, after = report.pop("before_kb") / 1024, report.pop("after_kb") / 1024
    size, seconds, scan = (
        big.stat().st_size / 1e9,
        report.pop("seconds"),
        report.pop("scan_seconds"),
    )
    print(f"\nmemory, {size:.2f} GB plain WARC: {seconds:.0f} s to extract, {scan:.0f} s to scan")
    print(f"peak RSS {before:.0f} MB after a scan-only pass, {after:.0f} MB after extraction")
    print(f"counts: {report}")
    big.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--files", type=int, default=4, help="WARC files (partitions)")
    parser.add_argument("--records", type=int, default=1000, help="records per file")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best one counts")
    parser.add_argument(
        "--memory-gb", type=float, nargs="*", default=[], help="also run the memory check (sizes)"
    )
    parser.add_argument("--memory-only", action="store_true", help="skip the throughput runs")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    pages = find_pages(args.pages)
    with tempfile.TemporaryDirectory() as tmp_name:
        if not args.memory_only:
            throughput(args, pages, Path(tmp_name))
        for gigabytes in args.memory_gb:
            memory(gigabytes, pages, Path(tmp_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
