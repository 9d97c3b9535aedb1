from rasd.stages._placeholder import EmptyStage


def build() -> EmptyStage:
    return EmptyStage("actors", ("tokens", "sentences", "entities"), ("actors", "relations", "actor_mentions"))
