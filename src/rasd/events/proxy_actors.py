"""Stand-in actor mentions from the UniversalPetrarch Arabic dictionaries, for evaluation only.

The OEDA span gold names source/target actors ("مسلحون", "الشرطة", "إسرائيل").  To score the
events stage's argument assignment without the actors stage, `ProxyActors` finds phrases of
``agents.all.ar.txt`` and ``actor_dict_ar_v4.txt`` (MIT, shared/data, not bundled) and writes
``actors`` / ``actor_mentions`` layers.  The shipped pipeline uses the real actors stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from rasd.doc import Actor, ActorMention, Document, Token
from rasd.events.lexicon import variants
from rasd.text.normalize import normalize_key

__all__ = ["ProxyActors"]

_AGENT = re.compile(r"\[~?[A-Z]+\]\s*([^#\[\]{}]+)")
_STOP = frozenset({"ال", "في", "من", "علي", "الي", "عن", "مع"})


class ProxyActors:
    """Greedy longest-phrase matcher over tokens; actor id = the normalised phrase."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            words = tuple(w for w in normalize_key(p).split() if w)
            if words and len("".join(words)) >= 3 and words[0] not in _STOP:
                self.index.setdefault(words[0], []).append(words)
        for lst in self.index.values():
            lst.sort(key=len, reverse=True)

    @classmethod
    def from_dictionaries(cls, folder: Path) -> ProxyActors:
        phrases: list[str] = []
        for line in (folder / "agents.all.ar.txt").read_text("utf-8").splitlines():
            m = _AGENT.search(line)
            if m and not line.startswith("#"):
                phrases.append(m.group(1).strip())
        for line in (folder / "actor_dict_ar_v4.txt").read_text("utf-8").splitlines():
            if line and not line[0].isspace() and line[0] not in "#+[<":
                phrases.append(line.split("[")[0].replace("_", " ").strip())
        return cls(phrases)

    def _match(self, tokens: Sequence[Token], i: int) -> int:
        for form, _ in variants(tokens[i].norm):
            for words in self.index.get(form, ()):
                n = len(words)
                if i + n <= len(tokens) and all(
                    any(v == w for v, _ in variants(tokens[i + k].norm))
                    for k, w in enumerate(words[1:], 1)
                ):
                    return n
        return 0

    def __call__(self, doc: Document) -> Document:
        tokens: Sequence[Token] = doc.get("tokens")
        mentions: list[ActorMention] = []
        i = 0
        while i < len(tokens):
            n = self._match(tokens, i) if tokens[i].kind == "word" else 0
            if n:
                s, e = tokens[i].start, tokens[i + n - 1].end
                mentions.append(
                    ActorMention(s, e, "proxy:" + normalize_key(doc.text[s:e]), source="alias")
                )
                i += n
            else:
                i += 1
        ids = sorted({m.actor_id for m in mentions})
        actors = tuple(
            Actor(
                a,
                a,
                a[6:],
                "unknown",
                None,
                None,
                tuple((m.start, m.end) for m in mentions if m.actor_id == a),
                False,
            )
            for a in ids
        )
        return doc.with_layer("actors", actors).with_layer("actor_mentions", tuple(mentions))
