"""`evaluate`: users score the extractor on their own pages with truth files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from arabnews_extract.evaluate import evaluate

from .conftest import FIXTURES


def _folder(tmp_path: Path, cases: list[str], *, spoil: bool = False) -> Path:
    for case in cases:
        src = FIXTURES / case
        stem = case.replace("/", "-")
        shutil.copy(src / "page.html", tmp_path / f"{stem}.html")
        truth = json.loads((src / "expected.json").read_text(encoding="utf-8"))
        meta = json.loads((src / "meta.json").read_text(encoding="utf-8"))
        truth.update(url=meta["url"], fetched=meta["reference_time"][:10])
        if spoil:
            truth["title"] = "عنوان آخر لا يظهر في الصفحة"
            truth["body"] = truth["body"][:1]
        (tmp_path / f"{stem}.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
    return tmp_path


CASES = ["wordpress/agency-credit", "egyptian/youm7-style", "gulf/hijri-saudi"]


def test_golden_pages_score_full_marks(tmp_path: Path) -> None:
    result = evaluate(_folder(tmp_path, CASES))
    assert len(result.pages) == 3
    for field in ("body_f1", "title", "authors", "published", "sources", "related_f1"):
        assert result.mean(field) == 1.0, field
    assert "**1.000**" in result.table()


def test_a_wrong_truth_lowers_the_scores(tmp_path: Path) -> None:
    result = evaluate(_folder(tmp_path, CASES, spoil=True))
    assert result.mean("title") == 0.0
    body = result.mean("body_f1")
    assert body is not None and body < 0.8
