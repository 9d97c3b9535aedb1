from rasd.stages._placeholder import EmptyStage


def build() -> EmptyStage:
    return EmptyStage("places", ("tokens", "sentences", "entities"), ("places",))
