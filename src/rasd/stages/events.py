from rasd.stages._placeholder import EmptyStage


def build() -> EmptyStage:
    return EmptyStage("events", ("tokens", "sentences", "entities", "quantities", "dates", "actors", "places"), ("events",))
