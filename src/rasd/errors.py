"""All rasd errors, each with a stable code and a hint on how to fix it.

CLI commands print them as one line: ``rasd: error[E###]: message``.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base class: ``code`` is stable, ``exit_code`` is 1 for bad input and 2 for bad usage."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def line(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        return f"rasd: error[{self.code}]: {self.message}{hint}"


class UsageError(RasdError):
    code = "E001"
    exit_code = 2


class InputNotFound(RasdError):
    code = "E101"


class BinaryInput(RasdError):
    code = "E102"


class EncodingUnknown(RasdError):
    code = "E103"


class EmptyInput(RasdError):
    code = "E104"


class BadJsonLine(RasdError):
    code = "E105"


class BadDate(RasdError):
    code = "E106"
    exit_code = 2


class InputTooLarge(RasdError):
    code = "E107"


class BadHtml(RasdError):
    code = "E108"


class PipelineError(RasdError):
    """A stage requires a layer that no earlier stage provides."""

    code = "E201"
    exit_code = 2


class UnknownStage(RasdError):
    code = "E202"
    exit_code = 2


class ResourceError(RasdError):
    """A bundled resource is missing or its checksum does not match the manifest."""

    code = "E301"


class ModelError(RasdError):
    code = "E302"


class StoreError(RasdError):
    code = "E401"


class DatabaseUrlError(RasdError):
    code = "E402"
    exit_code = 2


class DiskFull(RasdError):
    code = "E403"


class ExportError(RasdError):
    code = "E404"


class DataCheckError(RasdError):
    code = "E501"


class AuthError(RasdError):
    code = "E601"


class NotFound(RasdError):
    """An API resource (event, article, actor) does not exist."""

    code = "E602"


class RequestTooLarge(RasdError):
    """An API request body is larger than the server accepts."""

    code = "E603"


class RequestInvalid(RasdError):
    """An API request is malformed (bad JSON, wrong field types, unknown values)."""

    code = "E604"


class Forbidden(RasdError):
    """The API user's role may not do this."""

    code = "E605"


class RegistryDuplicateId(DataCheckError):
    """Two actor registry entries share an id."""

    code = "E511"


class RegistryAliasClash(DataCheckError):
    """One alias names two actors and is not listed in ambiguous_aliases.tsv."""

    code = "E512"


class RegistryBadDate(DataCheckError):
    """A registry date is not ISO (YYYY, YYYY-MM or YYYY-MM-DD) or a range ends before it starts."""

    code = "E513"


class RegistryBadCode(DataCheckError):
    """A registry entry has an unknown kind, ACLED inter code or link relation."""

    code = "E514"


class RegistryDanglingRef(DataCheckError):
    """A registry link points to an actor id that the registry does not have."""

    code = "E515"


class RegistryBadEntry(DataCheckError):
    """A registry line is not valid JSON or lacks a required field."""

    code = "E516"


class ActorNotFound(RasdError):
    """`rasd actors show ID`: no actor with that id."""

    code = "E517"


class TooManyRequests(RasdError):
    """An API client made too many failed sign-in attempts; it must wait ``retry_after`` s."""

    code = "E606"

    def __init__(self, message: str, *, hint: str | None = None, retry_after: int = 60) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class EngineError(RasdError):
    """A batch engine could not start (e.g. Spark without Java, or an unreachable --master)."""

    code = "E405"
