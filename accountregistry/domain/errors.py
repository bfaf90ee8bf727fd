"""The refusals a user can act on, shared by the services, the CLI and the window.

Every refusal carries a stable `code` and its parameters (and, for input, the field it is
about); its words come from one table, domain/messages.py, in the user's language. Code that
decides what to do looks at the code, the class and the parameters, never at the sentence.

    raise NotFound("account_not_found", account_id=7)
    raise ValidationError(field="review_interval_months", code="out_of_range", label=Label("Review
                          interval (months)"), low=1, high=60)
    problems.add("name", "required", label=Label("Name"))     # services/validation.Problems

Anything else that escapes is a bug and is reported as one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field as dataclass_field
from typing import Any

from accountregistry.domain import messages
from accountregistry.domain.messages import Label  # noqa: F401 - re-exported for raisers

__all__ = ["Conflict", "Label", "NotFound", "Problem", "RegistryError", "StoreError", "ValidationError"]


def _known(code: str) -> str:
    """Refuse, as a bug, a code the message table does not know (an English sentence too)."""
    if code not in messages.MESSAGES:
        raise KeyError(f"no message for the error code {code!r}; add it to domain/messages.py")
    return code


class RegistryError(Exception):
    """A refusal: `code` and `params` say what happened, `sentence()` says it to a person."""

    code = "registry_error"

    def __init__(self, code: str | None = None, /, **params: Any):
        self.code, self.params = _known(code or type(self).code), params
        super().__init__(self.code)

    def sentence(self) -> str:
        """The refusal in the user's current language (language.translate)."""
        return messages.sentence(self.code, self.params)

    def __str__(self) -> str:
        return self.sentence()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field: a code and its parameters."""

    code: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    def __post_init__(self) -> None:
        _known(self.code)

    def sentence(self) -> str:
        return messages.sentence(self.code, self.params)


class ValidationError(RegistryError):
    """Input that breaks a rule: one Problem per field. The window shows each beside its field;
    the CLI prints them one per line.

        ValidationError({"name": Problem("required", {"label": Label("Name")})})
        ValidationError(field="name", code="required", label=Label("Name"))
    """

    code = "invalid_input"

    def __init__(self, problems: Mapping[str, Problem] | None = None, /, *, field: str | None = None,
                 code: str | None = None, **params: Any):
        if problems is None:
            if field is None or code is None:
                raise ValueError("a ValidationError needs problems, or a field and a code")
            problems = {field: Problem(code, params)}
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        if not all(isinstance(problem, Problem) for problem in problems.values()):
            raise TypeError("a ValidationError's problems are Problems: a code and its parameters")
        self.problems: dict[str, Problem] = dict(problems)
        super().__init__(type(self).code)

    @classmethod
    def of(cls, field: str, code: str, **params: Any) -> ValidationError:
        return cls({field: Problem(code, params)})

    @property
    def field(self) -> str:
        return next(iter(self.problems))

    @property
    def problem(self) -> Problem:
        return self.problems[self.field]

    @property
    def codes(self) -> dict[str, str]:
        """{field: code}: what tests and the window decide by."""
        return {name: problem.code for name, problem in self.problems.items()}

    def sentences(self) -> dict[str, str]:
        """{field: sentence} in the user's language."""
        return {name: problem.sentence() for name, problem in self.problems.items()}

    def sentence(self) -> str:
        return " ".join(self.sentences().values())


class NotFound(RegistryError):
    """A record named by the user does not exist."""

    code = "not_found"


class Conflict(RegistryError):
    """The change collides with what is already recorded (a duplicate, a stale edit)."""

    code = "conflict"

    def __init__(self, code: str | None = None, /, *, existing_id: int | None = None, **params: Any):
        super().__init__(code, **params)
        # Lets the window offer to open the record that is already there.
        self.existing_id = existing_id


class StoreError(RegistryError):
    """The database file or server cannot be used as asked: caused by the environment, not a bug.

    `engine_code` keeps what the engine said (SQLITE_BUSY, a PostgreSQL SQLSTATE) for the log
    and for code that must tell cases apart."""

    code = "store_error"

    def __init__(self, code: str | None = None, /, *, engine_code: str | None = None, **params: Any):
        super().__init__(code, **params)
        self.engine_code = engine_code


# --- A refusal sent from one process to another (the command line's PDF printing) ---------------

_CLASSES = {cls.__name__: cls for cls in (RegistryError, ValidationError, NotFound, Conflict, StoreError)}


def _shown(params: Mapping[str, Any]) -> dict[str, str]:
    return {name: messages.format_value(value) for name, value in params.items()}


def as_plain(error: RegistryError) -> dict[str, Any]:
    """The refusal as JSON types: its class, code and fields, each parameter as shown in the
    current language (the receiving process speaks the same one, so its sentence is the same)."""
    plain: dict[str, Any] = {"type": type(error).__name__ if type(error).__name__ in _CLASSES else "RegistryError",
                             "code": error.code, "params": _shown(error.params)}
    if isinstance(error, ValidationError):
        plain["problems"] = {name: {"code": problem.code, "params": _shown(problem.params)}
                             for name, problem in error.problems.items()}
    for name in ("engine_code", "existing_id"):
        if getattr(error, name, None) is not None:
            plain[name] = getattr(error, name)
    return plain


def from_plain(plain: Mapping[str, Any]) -> RegistryError:
    """The refusal as_plain described, to raise again: same class, codes and sentences."""
    cls = _CLASSES[plain["type"]]
    if cls is ValidationError:
        return ValidationError({name: Problem(problem["code"], problem["params"])
                                for name, problem in plain["problems"].items()})
    extra = {name: plain[name] for name in ("engine_code", "existing_id") if name in plain}
    return cls(plain["code"], **extra, **plain["params"])
