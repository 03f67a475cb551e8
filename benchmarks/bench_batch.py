"""Throughput and memory of batch extraction over HTTP: ours against trafilatura and newspaper4k.

Run: ``python benchmarks/bench_batch.py [--pages 2000] [--hosts 8] [--threads 16]
[--tools ours,trafilatura,newspaper4k]``. Prints a Markdown table.

A portal server (``tests/portal_server.py``) runs in its own process on ``--hosts``
ports of 127.0.0.1, each port a host to the crawlers; page ``/p/<n>`` is article
fixture ``n`` modulo the number of fixtures, so every page is a real Arabic article. The
URLs go round-robin over the hosts. Each tool runs in a fresh child process, in turn:

* **ours**: ``arabnews_extract.extract_batch(urls)`` with the per-host limits lifted
  (``per_host_delay=0``, ``per_host_concurrency`` = ``--threads``), ``concurrency`` =
  ``--threads`` and extraction in one worker process per CPU. The URLs come from a
  generator, as from a URL file.
* **trafilatura**: ``trafilatura.fetch_url`` + ``trafilatura.extract(...,
  output_format="json", with_metadata=True)`` per URL, through a
  ``ThreadPoolExecutor(--threads)`` (its documented recipe for many URLs).
* **newspaper4k**: ``newspaper.mthreading.fetch_news([Article(url, language="ar",
  fetch_images=False)...], threads=--threads)`` (its images would be fetched from the
  fixtures' real, unreachable domains otherwise).

Measured: pages/s (wall clock in the child, from the first request to the last result)
and peak RSS, sampled every 20 ms as the *sum* over the child and all its descendants
(for ours: the main process, the forkserver and the extraction workers), so memory that
worker processes share is counted more than once: a bound on our side, not a flattering
figure. The script reports and does not gate: there are no assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("ours", "trafilatura", "newspaper4k")


def urls(bases: list[str], pages: int) -> Iterator[str]:
    for n in range(pages):
        yield f"{bases[n % len(bases)]}/p/{n}"


# -- the tools, each run in a child process ----------------------------------------------


def run_ours(bases: list[str], pages: int, threads: int) -> int:
    from arabnews_extract import FetchSettings, extract_batch

    settings = FetchSettings(
        allow_private_addresses=True,
        per_host_delay=0.0,
        per_host_concurrency=threads,
        concurrency=threads,
    )
    return sum(result.ok for result in extract_batch(urls(bases, pages), settings=settings))


def run_trafilatura(bases: list[str], pages: int, threads: int) -> int:
    from concurrent.futures import ThreadPoolExecutor

    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura 2 refuses non-public addresses too; the bench server is on 127.0.0.1.
    config.set("DEFAULT", "SSRF_PROTECTION", "off")

    def one(url: str) -> bool:
        html = trafilatura.fetch_url(url, config=config)
        if html is None:
            return False
        return trafilatura.extract(html, output_format="json", with_metadata=True) is not None

    with ThreadPoolExecutor(threads) as pool:
        return sum(pool.map(one, urls(bases, pages)))


def run_newspaper4k(bases: list[str], pages: int, threads: int) -> int:
    # tldextract (used by newspaper4k) would download the public suffix list on every
    # call and time out offline; an empty URL list makes it use its bundled snapshot.
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    from newspaper import Article
    from newspaper.mthreading import fetch_news

    # fetch_images=False: by default it also downloads each page's images from the
    # portals' real domains, which this offline run cannot reach (and ours never fetches).
    articles = [Article(url, language="ar", fetch_images=False) for url in urls(bases, pages)]
    done = fetch_news(list(articles), threads=threads)
    return sum(bool(getattr(article, "text", "")) for article in done)


RUNNERS = {"ours": run_ours, "trafilatura": run_trafilatura, "newspaper4k": run_newspaper4k}


def child(tool: str, bases: list[str], pages: int, threads: int) -> None:
    started = time.perf_counter()
    ok = RUNNERS[tool](bases, pages, threads)
    seconds = time.perf_counter() - started
    print(json.dumps({"tool": tool, "pages": pages, "ok": ok, "seconds": seconds}), flush=True)


# -- the parent: server, children, RSS sampling ------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def measure(tool: str, bases: list[str], pages: int, threads: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", tool, "--pages", str(pages)]
    command += ["--threads", str(threads), "--bases", ",".join(bases)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{tool} failed with exit code {process.returncode}")
    report = json.loads(out.strip().splitlines()[-1])
    report["pages_per_s"] = report["pages"] / report["seconds"]
    report["peak_rss_mb"] = peak / 1e6
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000])
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--child", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--bases", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.bases.split(","), args.pages[0], args.threads)
        return

    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "portal_server.py"), "--hosts", str(args.hosts)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    bases = [server.stdout.readline().strip() for _ in range(args.hosts)]
    try:
        rows = []
        for pages in args.pages:
            for tool in args.tools.split(","):
                report = measure(tool, bases, pages, args.threads)
                rows.append(report)
                print(f"# {tool} {pages}: {report}", file=sys.stderr, flush=True)
    finally:
        server.stdin.close()
        server.wait(timeout=10)

    cpus = os.cpu_count()
    print(f"{args.hosts} hosts, {args.threads} connections / threads, {cpus} CPUs\n")
    print("| tool | pages | ok | seconds | pages/s | peak RSS (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print(
            f"| {row['tool']} | {row['pages']:,} | {row['ok']:,} | {row['seconds']:.1f} "
            f"| {row['pages_per_s']:.0f} | {row['peak_rss_mb']:.0f} |"
        )


if __name__ == "__main__":
    main()
