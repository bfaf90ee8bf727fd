"""The errors a user can act on, shared by the services, the CLI and the window.

Anything else that escapes is a bug and is reported as one.
"""


class RegistryError(Exception):
    """An error whose message is one sentence a user can act on."""


class ValidationError(RegistryError):
    """Input that breaks a rule; names each field and says what is wrong with it.

    The window shows each message beside its field; the CLI prints them one per line.
    """

    def __init__(self, problems: dict[str, str]):
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))

    @classmethod
    def of(cls, field: str, message: str) -> "ValidationError":
        return cls({field: message})

    @property
    def field(self) -> str:
        return next(iter(self.problems))

    @property
    def message(self) -> str:
        return self.problems[self.field]


class NotFound(RegistryError):
    """A record named by the user does not exist."""


class Conflict(RegistryError):
    """The change collides with what is already recorded (a duplicate, a stale edit)."""

    def __init__(self, message: str, *, existing_id: int | None = None):
        super().__init__(message)
        # Lets the window offer to open the record that is already there.
        self.existing_id = existing_id


class StoreError(RegistryError):
    """The database file or server cannot be used as asked: caused by the environment, not a bug."""
