"""Actor analysis of one document: matches -> mentions -> entities, actors and relations.

`ActorResolver` holds the registry (injected, or the bundled one) and computes an
`ActorAnalysis`; the ``actors`` stage only attaches its layers to the Document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.actors.anaphora import anaphora_mentions
from rasd.actors.cues import Cues, load_cues
from rasd.actors.generic import GenericTerms, generic_mentions, load_generic_terms
from rasd.actors.matcher import TokenView, find_matches
from rasd.actors.registry import Registry, default_registry, registry_actor
from rasd.actors.relations import registry_relations, text_relations
from rasd.actors.resolve import Mention, attach_entities, resolve_matches
from rasd.doc import Actor, ActorMention, Entity, Relation, Sentence, Token
from rasd.text.normalize import NormalizedText

__all__ = ["ActorAnalysis", "ActorResolver"]

_UNKNOWN_KIND = {"PER": "person", "ORG": "organization"}


@dataclass(frozen=True)
class ActorAnalysis:
    """The four layers the actors stage writes."""

    entities: tuple[Entity, ...]
    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]
    relations: tuple[Relation, ...]


class ActorResolver:
    """Resolves a tokenised document's actor mentions against a registry."""

    def __init__(
        self,
        registry: Registry | None = None,
        cues: Cues | None = None,
        fuzzy: bool = True,
        generic: GenericTerms | None = None,
    ) -> None:
        self.registry = registry if registry is not None else default_registry()
        self.cues = cues if cues is not None else load_cues()
        self.generic = generic if generic is not None else load_generic_terms()
        self.index = self.registry.index  # build the lookup tables now, not on the first document
        self.fuzzy = fuzzy

    def analyze(
        self,
        text: str,
        view: NormalizedText,
        tokens: Sequence[Token],
        sentences: Sequence[Sentence],
        entities: Sequence[Entity] = (),
        date: str | None = None,
    ) -> ActorAnalysis:
        tv = TokenView.build(tokens, sentences, view, self.index)
        matches = find_matches(tv, self.index, fuzzy=self.fuzzy)
        mentions = resolve_matches(matches, tv, self.registry, self.cues, date)
        ents, mentions = attach_entities(text, tv, entities, mentions)
        rels = text_relations(tv, mentions, self.cues, self.index.titles)
        have = {(r.type, _actor(mentions, r.head), _actor(mentions, r.tail)) for r in rels}
        rels += registry_relations(mentions, self.registry, date, have)
        # generic actors ("مدنيين", "الشرطة", "مسلحون") have no entity and take no relation
        mentions = sorted(
            mentions + generic_mentions(tv, mentions, self.registry, self.generic),
            key=lambda m: m.start,
        )
        # "التنظيم", "بلاده", "المملكة": the actor named before
        mentions = anaphora_mentions(tv, mentions, self.registry, self.cues)
        return ActorAnalysis(
            tuple(ents),
            self._actors(text, mentions, ents),
            tuple(
                ActorMention(m.start, m.end, m.actor_id, m.entity_id, m.source, m.confidence)
                for m in mentions
            ),
            tuple(rels),
        )

    def _actors(
        self, text: str, mentions: Sequence[Mention], ents: Sequence[Entity]
    ) -> tuple[Actor, ...]:
        spans: dict[str, list[tuple[int, int]]] = {}
        label: dict[str, str] = {}
        for m in mentions:
            spans.setdefault(m.actor_id, []).append((m.start, m.end))
            label.setdefault(m.actor_id, m.label)
        out = []
        for actor_id, where in spans.items():
            rec = self.registry.get(actor_id)
            if rec is not None:
                out.append(registry_actor(rec, where))
            else:
                s, e = where[0]
                surface = " ".join(text[s:e].split())
                out.append(
                    Actor(
                        actor_id,
                        surface,
                        surface,
                        _UNKNOWN_KIND.get(label[actor_id], "organization"),
                        None,
                        None,
                        tuple(sorted(set(where))),
                        False,
                    )
                )
        return tuple(out)


def _actor(mentions: Sequence[Mention], entity_id: str) -> str:
    return next((m.actor_id for m in mentions if m.entity_id == entity_id), "")
