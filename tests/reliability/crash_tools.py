"""Helpers for the crash-safety tests: a small synthetic corpus, `rasd ingest` as a real
subprocess, and snapshots of a SQLite store that two runs can be compared by."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

PLACES = ["دوما", "حرستا", "حلب", "الموصل", "الرمادي", "تعز", "عدن", "بنغازي", "درنة", "إدلب"]
ACTORS = ["الجيش السوري", "جيش الإسلام", "تنظيم داعش", "القوات العراقية", "الحوثيون"]
#: event columns compared between runs (``seq`` and ``incident_id`` are row numbers)
EVENT_COLUMNS = (
    "uid, article_id, event_id, type, mode, modality, date, actor1, actor2, place_key, "
    "country, lat, lon, confidence, fatalities_low, fatalities_best, fatalities_high, data"
)


def article(i: int, padding: int = 0) -> dict[str, Any]:
    """Synthetic article ``i`` (written for these tests); ``padding`` words make it longer."""
    place, actor = PLACES[i % len(PLACES)], ACTORS[i % len(ACTORS)]
    text = (
        f"أفادت مصادر محلية بأن {actor} شن هجوما على {place} صباح اليوم، "
        f"ما أسفر عن مقتل {i + 2} أشخاص وإصابة {2 * i + 1} آخرين.\n"
        f"وقال شاهد عيان إن الاشتباكات استمرت {i % 5 + 1} ساعات. (الخبر رقم {i})"
    )
    if padding:
        text += " " + "وتابع المراسل نقل التفاصيل. " * padding
    return {"id": f"r{i}", "text": text, "date": f"2016-05-{1 + i % 28:02d}"}


def write_corpus(path: Path, indices: range | list[int], padding: int = 0) -> Path:
    lines = [json.dumps(article(i, padding), ensure_ascii=False) for i in indices]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "rasd.cli.main", "ingest", str(corpus),
            "--db", f"sqlite:///{db}", "--no-progress"]  # fmt: skip


def start_ingest(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        ingest_cmd(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )


def run_ingest(corpus: Path, db: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_cmd(corpus, db), capture_output=True, text=True, timeout=timeout)


def connect_ro(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, Any]:
    """Sorted articles (id, hash, ext id), sorted event tuples and the incident groups."""
    con = sqlite3.connect(db)
    try:
        arts = con.execute("SELECT id, content_hash, ext_id FROM articles ORDER BY id").fetchall()
        events = con.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY uid").fetchall()
        groups: dict[int, set[str]] = {}
        for uid, inc in con.execute("SELECT uid, incident_id FROM events"):
            groups.setdefault(inc, set()).add(uid)
    finally:
        con.close()
    incidents = sorted(sorted(g) for g in groups.values())
    return {"articles": arts, "events": events, "incidents": incidents}


def half_written(db: Path) -> list[tuple[str, int, int]]:
    """Articles whose stored event rows differ from their ``n_events`` (a torn write)."""
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT a.id, a.n_events, COUNT(e.seq) FROM articles a "
            "LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id "
            "HAVING a.n_events != COUNT(e.seq)"
        ).fetchall()
    finally:
        con.close()


def fts_rows(db: Path) -> tuple[int, int]:
    """(articles, full-text rows): equal when no article was stored without its index row."""
    con = sqlite3.connect(db)
    try:
        n = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        f = con.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    finally:
        con.close()
    return n, f
