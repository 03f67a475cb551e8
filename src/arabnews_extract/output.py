"""Writers for batch results: JSON Lines, JSON, CSV, Parquet, SQLite.

Each writer takes results one by one (in completion order) and never holds more than a
bounded buffer, except JSON, whose array is written in input order at the end. Errors
are written too where the format allows (JSONL/JSON: an ``error`` record; CSV/Parquet:
the ``error_kind``/``error_message`` columns; SQLite: the ``pages`` table), so no input
is lost from the output.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from .models import Result
from .rows import ROW_COLUMNS, article_row
from .store import Store

Format = Literal["jsonl", "json", "csv", "parquet", "sqlite"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "csv", "parquet", "sqlite")


def result_record(result: Result) -> dict[str, Any]:
    """The JSON record of a result: the article with ``input`` added, or ``input`` + ``error``."""
    if result.article is not None:
        return {"input": result.input, **result.article.model_dump(mode="json")}
    error = result.error.model_dump(mode="json", exclude_none=True) if result.error else {}
    return {"input": result.input, "error": error}


class Writer(Protocol):
    def write(self, result: Result) -> None: ...
    def close(self) -> None: ...


class _JsonLines:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, result: Result) -> None:
        self._stream.write(json.dumps(result_record(result), ensure_ascii=False) + "\n")
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


class _JsonArray:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._records: list[tuple[int, dict[str, Any]]] = []

    def write(self, result: Result) -> None:
        self._records.append((result.index, result_record(result)))

    def close(self) -> None:
        records = [r for _, r in sorted(self._records, key=lambda pair: pair[0])]
        json.dump(records, self._stream, ensure_ascii=False, indent=1)
        self._stream.write("\n")
        self._stream.flush()


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


class _Csv:
    def __init__(self, stream: IO[str]) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=list(ROW_COLUMNS))
        self._writer.writeheader()
        self._stream = stream

    def write(self, result: Result) -> None:
        self._writer.writerow({k: _cell(v) for k, v in article_row(result).items()})

    def close(self) -> None:
        self._stream.flush()


class _Parquet:
    """Rows buffered in groups of ``blocksize`` and written as row groups of one file."""

    def __init__(self, path: Path, blocksize: int = 1000) -> None:
        try:
            import pyarrow as pa  # type: ignore[import-untyped]  # no type hints shipped
            import pyarrow.parquet as pq  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - the test extra installs pyarrow
            raise RuntimeError(
                'Parquet output needs pyarrow: pip install "arabnews-extract[dask]"'
            ) from exc
        types = {"str": pa.string(), "int": pa.int64(), "list[str]": pa.list_(pa.string())}
        self._pa = pa
        self._schema = pa.schema([(name, types[kind]) for name, kind in ROW_COLUMNS.items()])
        self._writer = pq.ParquetWriter(str(path), self._schema)
        self._rows: list[dict[str, Any]] = []
        self._blocksize = blocksize

    def write(self, result: Result) -> None:
        self._rows.append(article_row(result))
        if len(self._rows) >= self._blocksize:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


class _Sqlite:
    def __init__(self, path: Path) -> None:
        self._store = Store(path)

    def write(self, result: Result) -> None:
        if result.article is not None:
            self._store.put_article(result.article, input_url=result.input)
        elif result.error is not None:
            self._store.put_page(error=result.error, url=result.input)

    def close(self) -> None:
        self._store.close()


def open_writer(
    fmt: Format, path: str | Path | None, stdout: IO[str]
) -> tuple[Writer, IO[str] | None]:
    """A writer for ``fmt`` to ``path`` (stdout for text formats when None).

    Returns the writer and the file it opened (to close after the writer), if any.
    """
    if fmt in ("parquet", "sqlite"):
        if path is None:
            raise ValueError(f"--format {fmt} needs -o FILE")
        return (_Parquet(Path(path)) if fmt == "parquet" else _Sqlite(Path(path))), None
    handle = open(path, "w", encoding="utf-8", newline="") if path else None  # noqa: SIM115
    stream = handle or stdout
    writer: Writer
    if fmt == "json":
        writer = _JsonArray(stream)
    elif fmt == "csv":
        writer = _Csv(stream)
    else:
        writer = _JsonLines(stream)
    return writer, handle
