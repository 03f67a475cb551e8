"""The embedded article store: one SQLite file, safe to kill, incremental day after day.

Tables (see docs/output.md):

* ``pages``     every fetch: url, final url, status, fetched_at, etag, last_modified,
                content hash, error kind/message.
* ``articles``  one row per article, keyed by its canonical URL key (``urls.article_key``):
                every Article field, the full JSON, first_seen / last_seen.
* ``aliases``   every URL that reached an article (AMP, tracking variants) -> its key.
* ``history``   the previous version of an article each time its content changed.
* ``frontier``  URLs discovered and not yet done, so a killed crawl resumes.

WAL mode and one short transaction per write: a ``kill -9`` loses at most the pages in
flight. Timestamps are ISO 8601 strings (UTC for the store's own clock values).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from .models import Article, ErrorRecord, Fetched, PageInfo
from .urls import article_key, host_of, normalize_url

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, final_url TEXT, status INTEGER, fetched_at TEXT,
    etag TEXT, last_modified TEXT, content_hash TEXT, error_kind TEXT, error_message TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, url TEXT, site_name TEXT, language TEXT, title TEXT,
    authors TEXT, published TEXT, published_text TEXT, modified TEXT, lead TEXT, body TEXT,
    sources TEXT, dateline TEXT, related TEXT, tags TEXT, section TEXT, json TEXT NOT NULL,
    content_hash TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS aliases (url TEXT PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS history (
    key TEXT NOT NULL, json TEXT NOT NULL, content_hash TEXT NOT NULL, replaced_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS frontier (
    url TEXT PRIMARY KEY, host TEXT, depth INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
    discovered_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS frontier_state ON frontier (state, depth);
"""

Change = Literal["new", "updated", "unchanged"]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _content_hash(article: Article) -> str:
    """What makes two versions different: the reader-visible fields, not extraction notes."""
    visible = article.model_dump(mode="json", exclude={"extraction"})
    blob = json.dumps(visible, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class Store:
    """An article store in one SQLite file (created on first use)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- articles -----------------------------------------------------------------------

    def key_for(self, url: str) -> str | None:
        """The article key a URL is known under (itself or an alias), if stored."""
        normal = normalize_url(url)
        if normal is None:
            return None
        row = self._db.execute("SELECT key FROM aliases WHERE url = ?", (normal,)).fetchone()
        return str(row[0]) if row else None

    def has_article(self, url: str) -> bool:
        return self.key_for(url) is not None

    def put_article(self, article: Article, *, input_url: str | None = None) -> Change:
        """Insert or update one article; the old version goes to ``history`` on change."""
        canonical = article.url or input_url
        if canonical is None:
            raise ValueError("an article needs a URL to be stored")
        key = article_key(canonical) or canonical
        digest = _content_hash(article)
        now = _now()
        data = article.model_dump(mode="json")
        row = {
            "key": key,
            "url": article.url or input_url,
            "site_name": article.site_name,
            "language": article.language,
            "title": article.title,
            "authors": _dumps(article.authors),
            "published": data["published"]["datetime"] if article.published else None,
            "published_text": article.published.text if article.published else None,
            "modified": data["modified"]["datetime"] if article.modified else None,
            "lead": article.lead,
            "body": _dumps(article.body),
            "sources": _dumps([s.code or s.name for s in article.sources]),
            "dateline": article.dateline,
            "related": _dumps([r.url for r in article.related]),
            "tags": _dumps(article.tags),
            "section": article.section,
            "json": _dumps(data),
            "content_hash": digest,
        }
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            old = self._db.execute(
                "SELECT json, content_hash FROM articles WHERE key = ?", (key,)
            ).fetchone()
            if old is None:
                change: Change = "new"
                columns = ", ".join([*row, "first_seen", "last_seen"])
                marks = ", ".join("?" for _ in range(len(row) + 2))
                self._db.execute(
                    f"INSERT INTO articles ({columns}) VALUES ({marks})", [*row.values(), now, now]
                )
            elif old[1] == digest:
                change = "unchanged"
                self._db.execute("UPDATE articles SET last_seen = ? WHERE key = ?", (now, key))
            else:
                change = "updated"
                self._db.execute(
                    "INSERT INTO history (key, json, content_hash, replaced_at) "
                    "VALUES (?, ?, ?, ?)",
                    (key, old[0], old[1], now),
                )
                sets = ", ".join(f"{c} = ?" for c in row if c != "key")
                self._db.execute(
                    f"UPDATE articles SET {sets}, last_seen = ? WHERE key = ?",
                    [*(v for c, v in row.items() if c != "key"), now, key],
                )
            for url in {canonical, input_url, article.url}:
                normal = normalize_url(url) if url else None
                if normal:
                    self._db.execute(
                        "INSERT OR REPLACE INTO aliases (url, key) VALUES (?, ?)", (normal, key)
                    )
        return change

    def articles(self, *, since: dt.date | None = None) -> Iterator[Article]:
        """Stored articles, oldest publication first (optionally published on/after ``since``)."""
        query = "SELECT json FROM articles"
        args: list[str] = []
        if since is not None:
            query += " WHERE published >= ?"
            args.append(since.isoformat())
        query += " ORDER BY published, key"
        for (blob,) in self._db.execute(query, args):
            yield Article.model_validate_json(blob)

    def history(self, url: str) -> list[Article]:
        """Earlier versions of an article, oldest first."""
        key = self.key_for(url)
        rows = self._db.execute(
            "SELECT json FROM history WHERE key = ? ORDER BY rowid", (key,)
        ).fetchall()
        return [Article.model_validate_json(r[0]) for r in rows]

    def count(self, table: Literal["pages", "articles", "history", "frontier", "aliases"]) -> int:
        return int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    # --- pages --------------------------------------------------------------------------

    def put_page(
        self,
        page: PageInfo | Fetched | None = None,
        *,
        error: ErrorRecord | None = None,
        url: str | None = None,
    ) -> None:
        """Record one fetch (its validators and content hash) or one failed fetch."""
        if isinstance(page, Fetched):
            page = PageInfo.of(page)
        if page is not None:
            values: tuple[Any, ...] = (
                page.url,
                page.final_url,
                page.status,
                page.fetched_at.isoformat(),
                page.etag,
                page.last_modified,
                page.content_hash,
                None,
                None,
            )
        else:
            values = (
                url or (error.url if error else None),
                None,
                error.status if error else None,
                _now(),
                None,
                None,
                None,
                error.kind if error else None,
                error.message if error else None,
            )
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values
            )

    def page(self, url: str) -> dict[str, Any] | None:
        cursor = self._db.execute("SELECT * FROM pages WHERE url = ?", (url,))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    # --- frontier -----------------------------------------------------------------------

    def push(self, urls: Iterable[str], *, depth: int = 0, requeue: bool = False) -> int:
        """Add discovered URLs to the frontier; returns how many were new.

        Known URLs are left as they are, or set pending again with ``requeue`` (a refresh).
        """
        now = _now()
        added = 0
        with self._db:
            for url in urls:
                normal = normalize_url(url)
                if normal is None:
                    continue
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO frontier (url, host, depth, discovered_at) "
                    "VALUES (?, ?, ?, ?)",
                    (normal, host_of(normal), depth, now),
                )
                added += cursor.rowcount
                if requeue and not cursor.rowcount:
                    self._db.execute(
                        "UPDATE frontier SET state = 'pending' WHERE url = ?", (normal,)
                    )
        return added

    def pending(self, limit: int = 100) -> list[tuple[str, int]]:
        """Up to ``limit`` pending frontier URLs, shallowest first: (url, depth)."""
        rows = self._db.execute(
            "SELECT url, depth FROM frontier WHERE state = 'pending' ORDER BY depth, rowid LIMIT ?",
            (limit,),
        ).fetchall()
        return [(str(u), int(d)) for u, d in rows]

    def mark(self, url: str, state: Literal["done", "failed", "pending"]) -> None:
        normal = normalize_url(url) or url
        with self._db:
            self._db.execute(
                "UPDATE frontier SET state = ?, attempts = attempts + 1 WHERE url = ?",
                (state, normal),
            )
