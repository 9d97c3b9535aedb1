"""Pydantic models of the HTTP API (the only place rasd uses pydantic).

They describe the JSON of CONTRACT.md at the HTTP edge and feed the OpenAPI description;
fields the store adds beyond these are passed through unchanged (``extra="allow"``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
Modality = Literal[
    "asserted", "negated", "intended", "threatened", "hypothetical", "reported_uncertain"
]
Verdict = Literal["confirm", "reject", "edit"]
Role = Literal["reviewer", "admin"]

#: Event fields a reviewer may change with an ``edit`` verdict.
EDITABLE_FIELDS = frozenset(
    {"type", "mode", "actor1", "actor2", "location", "date", "time_precision", "geo_precision",
     "modality", "fatalities", "acled_event_type", "acled_sub_event_type", "cameo", "note"}
)  # fmt: skip


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ArticleIn(BaseModel):
    """One input article, as a JSONL line of CONTRACT.md: only ``text`` is required."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, max_length=200)
    text: str = Field(..., min_length=1)
    date: dt.date | None = None
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)


class ReviewIn(BaseModel):
    """A reviewer's verdict on one event; ``changes`` holds edited fields (verdict ``edit``)."""

    model_config = ConfigDict(extra="forbid")
    verdict: Verdict
    changes: dict[str, Any] = Field(default_factory=dict)


class Review(_Open):
    reviewer: str | None = None
    verdict: str | None = None
    changes: dict[str, Any] | None = None


class Event(_Open):
    uid: str | None = None
    id: str | None = None
    type: str | None = None
    modality: str | None = None
    date: str | None = None
    confidence: float | None = None
    article_id: str | None = None
    reviews: list[dict[str, Any]] | None = None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[Event]


class ArticleOut(_Open):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    text: str
    analysis: dict[str, Any]


class ArticleCreated(BaseModel):
    id: str
    created: bool
    analysis: dict[str, Any]


class Actor(_Open):
    id: str
    name: str | None = None
    event_count: int | None = None


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[Actor]


class Network(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class TimelineRow(_Open):
    period: str
    type: str
    count: int


class Me(BaseModel):
    name: str
    role: str


class ErrorBody(BaseModel):
    code: str
    status: int
    message: str
    details: list[Any] | None = None


class ErrorOut(BaseModel):
    """Every error answer: ``{"error": {"code": "E6xx", "status": 4xx, "message": ...}}``."""

    error: ErrorBody
