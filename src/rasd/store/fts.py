"""Full-text search over articles with Arabic normalisation, in both back-ends.

SQLite: an FTS5 table whose body is the normalised view (`normalize_key`) of title and text, each
word followed by its clitic-stripped stems, so that "دوما" also finds "بدوما" and "ودوما".
PostgreSQL: a ``tsvector`` built with the ``arabic`` text search configuration (Snowball stemmer)
over the same expanded view (Snowball alone stems المدنيين and مدنيين differently).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import Connection, Select, column, func, literal_column, select, table, text

from rasd.text.normalize import normalize_key
from rasd.text.tokenize import stem_candidates

__all__ = ["fts_body", "fts_index", "fts_match_seqs", "fts_query"]

_WORD = re.compile(r"\w+")
_MIN_STEM = 2


@lru_cache(maxsize=200_000)
def _word_forms(word: str) -> tuple[str, ...]:
    """The word and its clitic-stripped stems (cached: news vocabulary repeats a lot)."""
    forms = [word]
    for pre, suf in stem_candidates(word):
        stem = word[pre : len(word) - suf]
        if len(stem) >= _MIN_STEM and stem not in forms:
            forms.append(stem)
    return tuple(forms)


def fts_body(title: str | None, body: str) -> str:
    """The indexed text: normalised words, each followed by its stems (SQLite FTS5 body)."""
    key = normalize_key(f"{title or ''}\n{body}")
    out: list[str] = []
    for word in _WORD.findall(key):
        out.extend(_word_forms(word))
    return " ".join(out)


def fts_query(q: str, dialect: str = "sqlite") -> str:
    """Every query word must occur (as itself or one of its stems): an FTS5 MATCH expression
    for SQLite, a ``to_tsquery`` expression for PostgreSQL."""
    words = _WORD.findall(normalize_key(q))
    if dialect == "sqlite":
        groups = ["(" + " OR ".join(f'"{f}"' for f in _word_forms(w)) + ")" for w in words]
        return " AND ".join(groups) or '""'
    return " & ".join("(" + " | ".join(_word_forms(w)) + ")" for w in words) or "''"


def fts_index(conn: Connection, seq: int, title: str | None, body: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(
            text("INSERT INTO articles_fts(rowid, body) VALUES (:r, :b)"),
            {"r": seq, "b": fts_body(title, body)},
        )
    else:
        conn.execute(
            text(
                "INSERT INTO article_fts(article_seq, tsv) VALUES (:r, to_tsvector('arabic', :b))"
            ),
            {"r": seq, "b": fts_body(title, body)},
        )


def fts_match_seqs(dialect: str, q: str) -> Select:
    """A SELECT of the article ``seq`` numbers that match ``q``."""
    if dialect == "sqlite":
        return (
            select(literal_column("rowid"))
            .select_from(table("articles_fts"))
            .where(text("articles_fts MATCH :fts_q").bindparams(fts_q=fts_query(q)))
        )
    fts = table("article_fts", column("article_seq"), column("tsv"))
    return select(fts.c.article_seq).where(
        fts.c.tsv.op("@@")(func.to_tsquery("arabic", fts_query(q, dialect)))
    )
