"""Small synthetic Arabic articles (written for these tests) for the engine tests."""

from __future__ import annotations

import json
from pathlib import Path

PLACES = ["دوما", "حرستا", "حلب", "الموصل", "الرمادي", "تعز", "عدن", "بنغازي", "درنة", "إدلب"]
ACTORS = ["الجيش السوري", "جيش الإسلام", "تنظيم داعش", "القوات العراقية", "الحوثيون"]
TEXT_STAGES = ("normalize", "tokenize", "sentences")


def article(i: int) -> dict:
    place, actor = PLACES[i % len(PLACES)], ACTORS[i % len(ACTORS)]
    text = (
        f"أفادت مصادر محلية بأن {actor} شن هجوما على {place} صباح اليوم، "
        f"ما أسفر عن مقتل {i + 2} أشخاص وإصابة {2 * i + 1} آخرين.\n"
        f"وقال شاهد عيان إن الاشتباكات استمرت {i % 5 + 1} ساعات. (الخبر رقم {i})"
    )
    return {
        "id": f"t{i}",
        "text": text,
        "date": f"2015-07-{21 + i % 9:02d}",
        "source": f"paper{i % 3}",
    }


def articles(n: int) -> list[dict]:
    return [article(i) for i in range(n)]


def write_jsonl(path: Path, rows: list[dict], bad_lines: dict[int, str] | None = None) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for at, line in sorted((bad_lines or {}).items()):
        lines.insert(at, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
