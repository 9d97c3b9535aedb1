from rasd.stages._placeholder import EmptyStage


def build() -> EmptyStage:
    return EmptyStage("ner", ("tokens", "sentences"), ("entities",))
