from rasd.stages._placeholder import EmptyStage


def QuantityStage() -> EmptyStage:  # noqa: N802
    return EmptyStage("quantities", ("tokens",), ("quantities",))
