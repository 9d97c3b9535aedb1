from rasd.stages._placeholder import EmptyStage


def DateStage() -> EmptyStage:  # noqa: N802
    return EmptyStage("dates", ("tokens",), ("dates",))
