"""Scale-out with Dask: extraction over a bag, and WARC files to partitioned Parquet.

::

    WARC paths (local, glob, or fsspec URLs: s3://, gs://, https://)
      -> one bag partition per file
      -> on a worker: iter_results() (warc.py) -> article_row() -> Parquet pieces of
         ``blocksize`` rows, written by the worker itself under
         OUT_DIR/portal=<host>/published_month=<YYYY-MM>/part-<file>-<piece>-<n>.parquet
      -> back to the caller: one WarcStats per file, summed

Rows never travel back to the client and a worker holds at most ``blocksize`` rows, so
memory stays bounded whatever the size of the archives. Piece names depend only on the
file's position in the sorted input list, so one process and a cluster write the same
files. The same code runs on a laptop (``scheduler="synchronous"``), a
``dask.distributed.LocalCluster``, or any distributed cluster (SSH, Kubernetes):
connect a ``Client`` first, or pass ``scheduler=client``; see docs/scaling.md.

Needs the optional extra ``dask``: ``pip install "arabnews-extract[dask]"``.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import dask
import dask.bag as db
import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow ships no type hints
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from .batch import LocalItem, extract_one
from .config import Options
from .langfilter import DEFAULT_MIN_SHARE
from .models import Result
from .warc import ROW_COLUMNS, WarcStats, article_row, iter_results

__all__ = [
    "PARTITION_COLUMNS",
    "ROW_SCHEMA",
    "expand_paths",
    "extract_bag",
    "scheduler_for",
    "warc_to_parquet",
]

logger = logging.getLogger(__name__)

_ARROW_TYPES = {"str": pa.string(), "int": pa.int64(), "list[str]": pa.list_(pa.string())}
#: The Arrow schema of a row: the columns of :data:`arabnews_extract.warc.ROW_COLUMNS`.
ROW_SCHEMA = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in ROW_COLUMNS.items()])
#: Hive-style directory levels of the Parquet output.
PARTITION_COLUMNS = ("portal", "published_month")
#: glibc's heap trim threshold for LocalCluster workers (see :func:`scheduler_for`).
_TRIM_THRESHOLD = 32 * 2**20


def _extract_partition(items: Iterable[LocalItem], options: Options | None) -> list[Result]:
    return [extract_one(item, index, options=options) for index, item in enumerate(items)]


def extract_bag(bag: db.Bag, *, options: Options | None = None) -> db.Bag:
    """A bag of :class:`~arabnews_extract.models.Result`, one per item of ``bag``.

    Items are what :func:`arabnews_extract.batch.extract_one` takes: ``Fetched`` pages,
    ``(url, html)`` pairs or file paths. A result's ``index`` is the item's position in
    its partition. Lazy, like every bag: call ``.compute()`` or chain further steps.
    """
    # Bag methods carry no annotations: the result is a Bag all the same.
    results: db.Bag = bag.map_partitions(_extract_partition, options)  # type: ignore[no-untyped-call]
    return results


def expand_paths(
    patterns: Iterable[str | os.PathLike[str]],
    *,
    storage_options: Mapping[str, Any] | None = None,
) -> list[str]:
    """Paths and URLs of the WARC files named by ``patterns``, globs expanded, sorted.

    Local globs use :mod:`glob`; remote ones (``s3://bucket/crawl/*.warc.gz``) use fsspec.
    A name that matches nothing is kept as is (so that reading it reports it).
    """
    found: set[str] = set()
    for pattern in patterns:
        name = os.fspath(pattern)
        if not glob.has_magic(name):
            found.add(name)
        elif "://" in name:
            import fsspec  # type: ignore[import-untyped]  # untyped; only remote globs need it

            fs, _, _ = fsspec.get_fs_token_paths(name, storage_options=dict(storage_options or {}))
            protocol = name.split("://", 1)[0]
            found.update(f"{protocol}://{path}" for path in fs.glob(name))
        else:
            found.update(glob.glob(name) or [name])
    return sorted(found)


def _write_piece(rows: list[dict[str, Any]], out_dir: str, basename: str) -> None:
    table = pa.Table.from_pylist(rows, schema=ROW_SCHEMA)
    pq.write_to_dataset(
        table,
        out_dir,
        partition_cols=list(PARTITION_COLUMNS),
        basename_template=basename + "-{i}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )


def _file_to_parquet(
    item: tuple[int, str],
    out_dir: str,
    blocksize: int,
    options: Options | None,
    min_arabic: float | None,
    keep_errors: bool,
    storage_options: Mapping[str, Any] | None,
) -> WarcStats:
    """The task of one partition: one WARC file to Parquet pieces; its counts back."""
    part, path = item
    stats = WarcStats()
    rows: list[dict[str, Any]] = []
    pieces = 0
    results: Iterator[Result] = iter_results(
        path,
        options=options,
        min_arabic=min_arabic,
        stats=stats,
        storage_options=storage_options,
    )
    try:  # the first step opens the file; later steps never raise OSError
        first = next(results, None)
    except OSError as exc:
        logger.warning("cannot read %s: %s", path, exc)
        stats.unreadable += 1
        return stats
    for result in itertools.chain([first] if first is not None else [], results):
        if keep_errors or result.ok:
            rows.append(article_row(result, warc_file=path))
        if len(rows) >= blocksize:
            _write_piece(rows, out_dir, f"part-{part:05d}-{pieces:05d}")
            rows, pieces = [], pieces + 1
    if rows:
        _write_piece(rows, out_dir, f"part-{part:05d}-{pieces:05d}")
    return stats


def warc_to_parquet(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    blocksize: int = 1000,
    options: Options | None = None,
    min_arabic: float | None = DEFAULT_MIN_SHARE,
    keep_errors: bool = True,
    scheduler: Any = None,
    storage_options: Mapping[str, Any] | None = None,
) -> WarcStats:
    """Extract the Arabic HTML pages of WARC files into Parquet under ``out_dir``.

    ``paths``: files, globs or fsspec URLs; each file is one partition (one task).
    ``blocksize``: rows a task holds before it writes a Parquet piece (bounds memory).
    ``min_arabic``: the script filter's threshold (None: extract every HTML page).
    ``keep_errors``: also write rows for pages that gave no article (``error_kind`` set).
    ``scheduler``: any Dask scheduler: ``"synchronous"`` for one process, a
    ``distributed.Client``, or None for the active client (else Dask's default).
    ``storage_options``: for fsspec when reading remote WARCs (``{"anon": True}``,
    credentials); the Parquet output goes through pyarrow's own filesystems
    (``s3://`` works with the usual AWS environment variables).

    ``out_dir`` should be new or empty: pieces of an earlier run with other inputs stay.
    Returns the counts of every file, summed. Output is hive-partitioned by
    :data:`PARTITION_COLUMNS`; read it back with ``pyarrow.parquet.read_table(out_dir)``.
    """
    if blocksize < 1:
        raise ValueError("blocksize must be at least 1")
    patterns = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    files = expand_paths(patterns, storage_options=storage_options)
    if not files:
        return WarcStats()
    out = os.fspath(out_dir)
    bag = db.from_sequence(list(enumerate(files)), partition_size=1)  # type: ignore[no-untyped-call]
    options_ = dict(storage_options) if storage_options else None
    tasks = bag.map(_file_to_parquet, out, blocksize, options, min_arabic, keep_errors, options_)
    per_file: list[WarcStats] = tasks.compute(scheduler=scheduler)
    return sum(per_file, WarcStats())


@contextlib.contextmanager
def scheduler_for(*, address: str | None = None, workers: int = 1) -> Iterator[Any]:
    """What to pass as ``scheduler=``, set up and torn down around the ``with`` block.

    ``address`` (``tcp://host:8786``): a ``Client`` of that running cluster. Else
    ``workers > 1``: a ``LocalCluster`` of that many single-threaded worker processes
    (extraction is CPU-bound Python: threads would share one core), their profiler off.
    Else ``"synchronous"``: everything in this process, no cluster.
    """
    if address is None and workers <= 1:
        yield "synchronous"
        return
    from distributed import Client, LocalCluster

    if address is not None:
        with Client(address) as client:  # type: ignore[no-untyped-call]  # untyped API
            yield client
        return
    # The workers' statistical profiler samples every thread's stack each 10 ms: about
    # 3% of a CPU-bound Python task. Nanny processes take this config with them.
    with (
        dask.config.set(
            {
                "distributed.worker.profile.enabled": False,
                # Fewer event-loop wake-ups in the workers: each one takes the GIL from the
                # extraction thread. Measured: ~5% more records/s on 2 workers.
                "distributed.admin.tick.interval": "1s",
                "distributed.worker.memory.monitor-interval": "1s",
                "distributed.admin.system-monitor.interval": "5s",
                # Dask starts workers with glibc's heap trimmed at every 64 KiB free. Each
                # page's lexbor tree is malloc'd and freed whole, so every page handed its
                # memory back to the OS and faulted it in again: workers ran 12-15% slower
                # per record than one plain process. 32 MiB (glibc's own ceiling for its
                # adaptive threshold) keeps at most that much free heap per worker.
                "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": _TRIM_THRESHOLD,
            }
        ),
        LocalCluster(  # type: ignore[no-untyped-call]  # untyped API
            n_workers=workers, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
