from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_cases() -> list[Path]:
    return sorted(p.parent for p in FIXTURES.glob("*/*/expected.json"))


def load_case(case: Path) -> tuple[bytes, dict[str, Any], dict[str, Any]]:
    page = (case / "page.html").read_bytes()
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    return page, meta, expected


def reference_time(meta: dict[str, Any]) -> dt.datetime | None:
    value = meta.get("reference_time")
    return dt.datetime.fromisoformat(value) if value else None
