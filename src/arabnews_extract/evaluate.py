"""Measure the extractor on your own pages: DIR/<id>.html beside DIR/<id>.json (the truth).

The truth format is documented in docs/evaluation.md (title, authors, published, body,
sources, related). Scores per field, averaged over pages:

* body_f1      F1 over 4-word shingles of the body (order-aware, tolerant of splits);
* title        exact match once white space, diacritics and invisible marks are folded;
* authors      the same set of names (hamza, ta marbuta and a leading "د." folded);
* published    the same day for a date-only truth, else within a minute (by instant when
               both sides carry an offset, by wall clock when one does not);
* sources      the same set of agency codes (or names where there is no code);
* related_f1   F1 over related-link URLs (host without www., path, query).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .batch import extract_one
from .models import Article, Timestamp
from .textnorm import match_key

FIELDS = ("body_f1", "title", "authors", "published", "sources", "related_f1")
_HONORIFIC = re.compile(r"^(?:د|دكتور|الدكتور|الدكتوره|dr)\s+")


def _words(paragraphs: Iterable[str]) -> list[str]:
    return [w for p in paragraphs for w in match_key(p).split()]


def _f1(truth: Counter[Any], pred: Counter[Any]) -> float:
    if not truth and not pred:
        return 1.0
    hit = sum((truth & pred).values())
    if not hit:
        return 0.0
    precision, recall = hit / sum(pred.values()), hit / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def _shingles(words: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _name(value: str) -> str:
    return _HONORIFIC.sub("", match_key(value))


def _url(value: str) -> str:
    parts = urlsplit(unquote(value.strip()))
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/') or '/'}{'?' + parts.query if parts.query else ''}"


def _when(value: str | None) -> tuple[dt.datetime | None, bool]:
    """(datetime, date_only) of an ISO string."""
    if not value:
        return None, False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.datetime.fromisoformat(value), True
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")), False
    except ValueError:
        return None, False


def same_time(truth: str | None, got: Timestamp | None) -> bool | None:
    """None when the truth has no date (the field is not scored)."""
    want, date_only = _when(truth)
    if want is None:
        return None
    if got is None:
        return False
    have = got.datetime
    if date_only:
        return have.date() == want.date()
    if want.tzinfo is None or have.tzinfo is None:
        want, have = want.replace(tzinfo=None), have.replace(tzinfo=None)
    return abs((want - have).total_seconds()) < 60


def score_page(truth: dict[str, Any], article: Article | None) -> dict[str, float | None]:
    """One page's scores (all zero, or None where unscored, when extraction failed)."""
    if article is None:
        return {
            "body_f1": 0.0,
            "title": 0.0,
            "authors": 0.0,
            "sources": 0.0,
            "related_f1": 0.0,
            "published": None if not truth.get("published") else 0.0,
        }
    match = same_time(truth.get("published"), article.published)
    truth_sources = {str(s).upper() for s in truth.get("sources") or []}
    return {
        "body_f1": _f1(_shingles(_words(truth.get("body") or [])), _shingles(_words(article.body))),
        "title": float(match_key(truth.get("title") or "") == match_key(article.title or "")),
        "authors": float(
            {_name(a) for a in truth.get("authors") or []} == {_name(a) for a in article.authors}
        ),
        "published": None if match is None else float(match),
        "sources": float(truth_sources == {(s.code or s.name).upper() for s in article.sources}),
        "related_f1": _f1(
            Counter({_url(r["url"]) for r in truth.get("related") or [] if r.get("url")}),
            Counter({_url(r.url) for r in article.related}),
        ),
    }


@dataclass(slots=True)
class Evaluation:
    pages: list[tuple[str, dict[str, float | None], str | None]] = field(default_factory=list)

    def mean(self, name: str) -> float | None:
        values = [s[name] for _, s, _ in self.pages if s[name] is not None]
        return sum(v for v in values if v is not None) / len(values) if values else None

    def table(self) -> str:
        """A Markdown table: the mean of each field, then one row per page."""
        lines = ["| page | " + " | ".join(FIELDS) + " | error |", "|---" * (len(FIELDS) + 2) + "|"]
        for name, scores, error in self.pages:
            cells = ["-" if scores[f] is None else f"{scores[f]:.2f}" for f in FIELDS]
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {error or ''} |")
        means = [self.mean(f) for f in FIELDS]
        lines.append(
            "| **mean** | "
            + " | ".join("-" if m is None else f"**{m:.3f}**" for m in means)
            + " | |"
        )
        return "\n".join(lines)


def evaluate(folder: str | Path) -> Evaluation:
    """Extract every DIR/<id>.html that has a DIR/<id>.json truth and score it."""
    result = Evaluation()
    for truth_path in sorted(Path(folder).glob("*.json")):
        page = truth_path.with_suffix(".html")
        if not page.exists():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        reference = truth.get("fetched")
        when = dt.datetime.fromisoformat(reference) if reference else None
        if when is not None and len(reference) == 10:
            when = when.replace(hour=23, minute=59)
        outcome = extract_one((truth.get("url") or "", page.read_bytes()), reference_time=when)
        error = f"{outcome.error.kind}: {outcome.error.message}" if outcome.error else None
        result.pages.append((truth_path.stem, score_page(truth, outcome.article), error))
    return result
