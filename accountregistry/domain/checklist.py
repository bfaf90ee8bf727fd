"""Offboarding checklists: the templates (a declarative TOML file) and the pure step from a
leaver's accounts to the items of their checklist.

The shipped templates are `resources/templates/checklist.toml`; a `checklist.toml` in the
user's data folder replaces them whole (a partial merge would make it impossible to remove a
shipped item). Both are checked when read, and every mistake names the file and the line.

Due dates count business days relative to the last working day: Monday to Friday, less the
public holidays of the organisation's country and its closing days (domain/business_days.py;
the services pass the organisation's calendar, without one it is Monday to Friday). When the
last working day itself is not a business day, offsets count from the last business day before
it: an item "due on the last day" must be finished while people are at work. The notice agreed
in an account's handover terms decides when its handover items fall due: that many calendar
days before the last working day.

Standard library, holidays and platformdirs only: the window, the CLI and the services share it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

try:
    import tomllib
except ImportError:  # Python 3.10 (Ubuntu 22.04)
    import tomli as tomllib  # type: ignore[no-redef]

import platformdirs

from accountregistry import APP_NAME
from accountregistry.domain import platforms
from accountregistry.domain.business_days import WEEKDAYS_ONLY, BusinessCalendar, Closure
from accountregistry.domain.errors import Problem, RegistryError
from accountregistry.domain.messages import MESSAGES
from accountregistry.domain.vocabulary import AccountStatus, Disposition, Kind, Presence, Role, TwoFactor
from accountregistry.language import TRANSLATED, context_catalogue, current_language
from accountregistry.language import translate as in_current_language
from accountregistry.resource_files import resource_folder

__all__ = [
    "ASSIGNED_TO_LEAVER",
    "ASSIGNED_TO_SUCCESSOR",
    "Assignee",
    "NO_TERMS",
    "TITLE_WORDS",
    "UNKNOWN_KIND",
    "ChecklistTemplateError",
    "Effect",
    "LeaverAccount",
    "Party",
    "PlannedItem",
    "Template",
    "Templates",
    "Translate",
    "active_templates",
    "notice_due",
    "load_templates",
    "override_path",
    "plan_checklist",
    "set_default_translation",
    "shipped_path",
]

FILENAME = "checklist.toml"
ASSIGNED_TO_LEAVER = "leaver"
ASSIGNED_TO_SUCCESSOR = "successor"
UNKNOWN_KIND = "unknown"  # an account whose kind is not recorded (NULL in the database)
NO_TERMS = "none"  # the "disposition" of an account without agreed handover terms
MAX_DUE_OFFSET = 60  # business days: about three months either side of the last day
TITLE_MAX = 500  # ChecklistItem.title


class Effect:
    """What completing an item changes in the registry besides its own status."""

    handover = "handover"  # the leaver's roles move to the successor
    transfer = "transfer"  # as handover, and the successor becomes the account's holder
    revoke = "revoke"  # the leaver's roles are revoked
    end_consent = "end_consent"  # the holder's ambassador consent ends on the last working day
    ALL = (handover, transfer, revoke, end_consent)
    MOVES_ROLES = frozenset({handover, transfer})


class ChecklistTemplateError(RegistryError):
    """A checklist template file that cannot be used: its path, the line (if known) and the
    problem (a code of domain/messages.py with its parameters)."""

    def __init__(self, path: Path, line: int | None, code: str, **params: Any):
        self.path, self.line, self.problem = path, line, Problem(code, params)
        if line:
            super().__init__("checklist_unusable_at", path=path, line=line, problem=self.problem)
        else:
            super().__init__("checklist_unusable", path=path, problem=self.problem)


# --- Business days ---------------------------------------------------------------------------

def notice_due(last_working_day: date, notice_days: int, calendar: BusinessCalendar = WEEKDAYS_ONLY
               ) -> tuple[date, int]:
    """(due date, offset in business days) of a handover that the terms want `notice_days`
    calendar days before the last working day: the business day on or before that day."""
    due = calendar.on_or_before(last_working_day - timedelta(days=notice_days))
    return due, calendar.days_until(last_working_day, due)


# --- What the generation is given and gives --------------------------------------------------

@dataclass(frozen=True, slots=True)
class Party:
    """The leaver or the successor, as a checklist names them."""

    id: int
    name: str
    email: str | None = None


@dataclass(frozen=True)
class Assignee:
    """Whom an item is assigned to, and how it is said (in the checklist's words of a language).

    The one rule of who does an item is `Assignee.of`: the planning, the case's items, what is
    due and the window all read it from here."""

    function: str | None  # ASSIGNED_TO_LEAVER, ASSIGNED_TO_SUCCESSOR, a team ("HR"); None: a person
    name: str | None  # the person's name; None for a team or a successor not chosen yet
    person_id: int | None = None  # who does it; None for a team or a successor not chosen yet

    @classmethod
    def of(cls, function: str | None, person_id: int | None, names: Mapping[int, str], *,
           leaver_id: int, successor_id: int | None) -> Assignee:
        """An item's assignee from what is stored of it (`person_id`: None when planned): the
        leaver's and the successor's items are the case's people's (an item given to a person
        stays theirs), a team's item its team's; `names`: people's names by id."""
        if function == ASSIGNED_TO_LEAVER:
            person_id = person_id or leaver_id
        elif function == ASSIGNED_TO_SUCCESSOR:
            person_id = person_id or successor_id
        return cls(function, None if person_id is None else names.get(person_id, "?"), person_id)

    def sentence(self, words: Translate | None = None) -> str:
        """"Ingrid Berg (leaver)", "Successor (not chosen yet)", "HR", in the language of `words`
        (None: the user's)."""
        wording = _Wording(words or (lambda text: in_current_language(CONTEXT, text)))
        if self.function == ASSIGNED_TO_SUCCESSOR:
            if self.name is None:
                return wording("Successor (not chosen yet)")
            return wording("{name} (successor)").format(name=self.name)
        if self.function == ASSIGNED_TO_LEAVER:
            return wording("{name} (leaver)").format(name=self.name)
        return self.name or (wording(self.function) if self.function else "?")

    @property
    def english(self) -> str:
        """As files and calendars write it: "HR", "Ingrid Berg (leaver)", "Successor (not chosen yet)"."""
        return self.sentence(_english)

    def answers_to(self, wanted: str) -> bool:
        """Whether a person means this assignee by `wanted`: the stored word ("HR", "leaver"), the
        person's name, or how it is said in any language the registry speaks ("Kommunikation")."""
        key = " ".join(wanted.split()).casefold()
        said = (self.english, *(self.sentence(_catalogue_words(code)) for code in TRANSLATED))
        return key in {text.casefold() for text in (*said, self.function, self.name) if text}


def _catalogue_words(code: str) -> Translate:
    return lambda text: context_catalogue(code, CONTEXT).get((CONTEXT, text), text)


@dataclass(frozen=True, slots=True)
class LeaverAccount:
    """One account the leaver holds or administers, with what the templates ask about it."""

    id: int
    name: str  # as titles show it, e.g. "LinkedIn page nordlys"
    kind: Kind | None
    presence: Presence
    status: AccountStatus = AccountStatus.active
    official: bool = True
    has_secret: bool = False
    login_email: str | None = None
    holder_id: int | None = None
    disposition: Disposition | None = None  # of the current handover terms; None: none agreed
    two_factor: TwoFactor = TwoFactor.unknown
    ambassador: bool = False  # consent given and not withdrawn
    leaver_roles: frozenset[Role] = frozenset()  # the leaver's active roles on it
    notice_days: int | None = None  # of the current handover terms; None: none agreed


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """One checklist item as generated, before (or without) being stored."""

    action: str
    account_id: int | None  # None: a general item
    account_name: str | None
    title: str
    assignee: Assignee
    offset: int  # business days relative to the last working day
    due_on: date
    effect: str | None
    # The public holidays and closing days that moved the due date from where Monday-to-Friday
    # counting puts it (named in the current language); empty when none did.
    moved_by: tuple[Closure, ...] = ()
    notice_days: int | None = None  # the handover terms' notice that set the due date, if one did


# --- Templates -------------------------------------------------------------------------------

# What each condition an [[item]] may set is tested on: the account's values (any of them may be
# among those the item lists), or a yes/no fact about the account and the leaver.
_VALUES_OF: dict[str, Callable[[LeaverAccount, Party], set[str]]] = {
    "kind": lambda account, _leaver: {account.kind.value if account.kind else UNKNOWN_KIND},
    "presence": lambda account, _leaver: {account.presence.value},
    "status": lambda account, _leaver: {account.status.value},
    "leaver_role": lambda account, _leaver: {role.value for role in account.leaver_roles},
    "disposition": lambda account, _leaver: {account.disposition.value if account.disposition else NO_TERMS},
    "two_factor": lambda account, _leaver: {account.two_factor.value},
}
_FACTS: dict[str, Callable[[LeaverAccount, Party], bool]] = {
    "official": lambda account, _leaver: account.official,
    "has_secret": lambda account, _leaver: account.has_secret,
    "login_email_is_leavers": lambda account, leaver: bool(
        account.login_email and leaver.email and account.login_email.lower() == leaver.email.lower()),
    "leaver_is_holder": lambda account, leaver: account.holder_id == leaver.id,
    "leaver_is_administrator": lambda account, _leaver: bool(account.leaver_roles),
    "ambassador": lambda account, _leaver: account.ambassador,
}
_BOOL_CONDITIONS = tuple(_FACTS)
_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": (*(k.value for k in Kind), UNKNOWN_KIND),
    "presence": tuple(p.value for p in Presence),
    "status": tuple(s.value for s in AccountStatus),
    "leaver_role": tuple(r.value for r in Role),
    "disposition": (*(d.value for d in Disposition), NO_TERMS),
    "two_factor": tuple(t.value for t in TwoFactor),
}
_ITEM_KEYS = ("action", "title", "assignee", "due", "scope", "effect", *_BOOL_CONDITIONS, *_CHOICES)
_ACCOUNT_PLACEHOLDERS = frozenset({"account", "leaver", "leaver_email", "successor", "role", "disposition"})
_GENERAL_PLACEHOLDERS = frozenset({"leaver", "leaver_email", "successor"})
_ACTION = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


@dataclass(frozen=True, slots=True)
class Template:
    """One [[item]] of the file. A condition that is None matches any account."""

    action: str
    title: str
    assignee: str
    due: int
    general: bool = False
    effect: str | None = None
    kind: frozenset[str] | None = None
    presence: frozenset[str] | None = None
    status: frozenset[str] | None = None
    leaver_role: frozenset[str] | None = None
    disposition: frozenset[str] | None = None
    two_factor: frozenset[str] | None = None
    official: bool | None = None
    has_secret: bool | None = None
    login_email_is_leavers: bool | None = None
    leaver_is_holder: bool | None = None
    leaver_is_administrator: bool | None = None
    ambassador: bool | None = None
    line: int | None = field(default=None, compare=False)

    def roles_acted_on(self, leaver_roles: Iterable[Role]) -> list[Role]:
        """The leaver's roles this item is about (and its effect acts on), in Role order."""
        held = set(leaver_roles)
        return [r for r in Role if r in held and (self.leaver_role is None or r.value in self.leaver_role)]

    def applies_to(self, account: LeaverAccount, leaver: Party) -> bool:
        if self.general:
            return False
        for name, values in _VALUES_OF.items():
            wanted = getattr(self, name)
            if wanted is not None and wanted.isdisjoint(values(account, leaver)):
                return False
        for name, fact in _FACTS.items():
            wanted = getattr(self, name)
            if wanted is not None and wanted != fact(account, leaver):
                return False
        return True


@dataclass(frozen=True)
class Templates:
    path: Path
    functions: tuple[str, ...]
    items: tuple[Template, ...]
    _by_action: dict[str, Template] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_action", {t.action: t for t in self.items})

    def by_action(self, action: str) -> Template | None:
        return self._by_action.get(action)


def shipped_path() -> Path:
    """The templates shipped with the program: inside the installed package, or in the checkout."""
    return resource_folder("templates") / FILENAME


def override_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILENAME


def active_templates() -> Templates:
    """The user's override if there is one, else the shipped templates; re-read when changed."""
    override = override_path()
    path = override if override.is_file() else shipped_path()
    try:
        stat = path.stat()
    except OSError as error:
        raise ChecklistTemplateError(path, None, "template_unreadable", reason=error) from None
    return _load_cached(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load_cached(path: Path, _mtime_ns: int, _size: int) -> Templates:
    return load_templates(path)


def load_templates(path: Path) -> Templates:
    """Read and check a template file; ChecklistTemplateError names the line of any mistake."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ChecklistTemplateError(path, None, "template_not_utf8") from None
    except OSError as error:
        raise ChecklistTemplateError(path, None, "template_unreadable", reason=error) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        detail = re.sub(r"\s*\(at line \d+, column \d+\)|\s*\(at end of document\)", "", message).rstrip(".")
        line = int(found[1]) if found else (text.count("\n") + 1 if "end of document" in message else None)
        raise ChecklistTemplateError(path, line, "template_not_toml", detail=detail[:1].lower() + detail[1:]) \
            from None
    return _Checker(path, text).templates(data)


class _Checker:
    """Turns parsed TOML into Templates, finding line numbers for its messages in the text."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()
        self.item_lines = [n for n, line in enumerate(self.lines, 1)
                           if re.match(r"^\s*\[\[\s*item\s*\]\]", line)]

    def fail(self, line: int | None, code: str, **params: Any) -> ChecklistTemplateError:
        return ChecklistTemplateError(self.path, line, code, **params)

    def key_line(self, key: str, index: int | None = None) -> int | None:
        """The line of `key` = ... at the top of the file, or inside the index-th [[item]]."""
        if index is None:
            start, end = 1, self.item_lines[0] if self.item_lines else len(self.lines) + 1
        elif index < len(self.item_lines):
            start = self.item_lines[index]
            end = self.item_lines[index + 1] if index + 1 < len(self.item_lines) else len(self.lines) + 1
        else:
            return None
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(start, end):
            if pattern.match(self.lines[number - 1]):
                return number
        return start if index is not None else None

    def templates(self, data: dict[str, Any]) -> Templates:
        unknown = sorted(set(data) - {"functions", "item"})
        if unknown:
            raise self.fail(self.key_line(unknown[0]) or self._table_line(unknown[0]), "template_unknown_setting",
                            key=unknown[0])
        functions = self._functions(data.get("functions"))
        items = data.get("item")
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            raise self.fail(None, "template_no_items")
        if len(items) != len(self.item_lines):
            self.item_lines = []  # items not written as [[item]] headers: no line numbers for them
        templates: list[Template] = []
        seen: set[str] = set()
        for index, raw in enumerate(items):
            template = _ItemChecker(self, index, raw).template(functions)
            if template.action in seen:
                raise self.fail(self.key_line("action", index), "template_action_twice", action=template.action)
            seen.add(template.action)
            templates.append(template)
        return Templates(path=self.path, functions=functions, items=tuple(templates))

    def _functions(self, functions: Any) -> tuple[str, ...]:
        if (not isinstance(functions, list) or not functions
                or not all(isinstance(f, str) and f.strip() and len(f) <= 60 for f in functions)):
            raise self.fail(self.key_line("functions"), "template_no_functions")
        if {ASSIGNED_TO_LEAVER, ASSIGNED_TO_SUCCESSOR} & set(functions):
            raise self.fail(self.key_line("functions"), "template_reserved_function")
        return tuple(functions)

    def _table_line(self, name: str) -> int | None:
        for number, line in enumerate(self.lines, 1):
            if re.match(rf"^\s*\[+\s*{re.escape(name)}\s*\]+", line):
                return number
        return None


class _ItemChecker:
    """One [[item]] of the file, each of its keys checked in turn; a refusal names the key's line
    (the item's header line when the key is missing)."""

    def __init__(self, checker: _Checker, index: int, raw: dict[str, Any]):
        self.checker, self.index, self.raw = checker, index, raw
        self.header = checker.item_lines[index] if index < len(checker.item_lines) else None
        self.action = ""

    def fail(self, at: str | None, code: str, **params: Any) -> ChecklistTemplateError:
        line = self.checker.key_line(at, self.index) if at else self.header
        if self.action:
            params["action"] = self.action
        return self.checker.fail(line, code, **params)

    def template(self, functions: tuple[str, ...]) -> Template:
        self._check_keys()
        self.action = self._action()
        title = self._title()
        general = self._general()
        self._check_placeholders(title, general)
        assignee = self._assignee(functions)
        due = self._due()
        effect = self._effect()
        conditions = self._conditions()
        self._check_rules(general, effect, conditions)
        return Template(action=self.action, title=title.strip(), assignee=assignee, due=due, general=general,
                        effect=effect, line=self.header, **conditions)

    def _check_keys(self) -> None:
        unknown = [key for key in self.raw if key not in _ITEM_KEYS]
        if unknown:
            raise self.fail(unknown[0], "template_unknown_key", key=unknown[0], allowed=list(_ITEM_KEYS))
        for key in ("action", "title", "assignee", "due"):
            if key not in self.raw:
                raise self.fail(None, "template_missing_key", key=key)

    def _action(self) -> str:
        action = self.raw["action"]
        if not isinstance(action, str) or not _ACTION.match(action):
            raise self.fail("action", "template_bad_action")
        return action

    def _title(self) -> str:
        title = self.raw["title"]
        if not isinstance(title, str) or not title.strip():
            raise self.fail("title", "template_no_title")
        return title

    def _general(self) -> bool:
        scope = self.raw.get("scope", "account")
        if scope not in ("account", "general"):
            raise self.fail("scope", "template_bad_scope", scope=scope)
        return scope == "general"

    def _check_placeholders(self, title: str, general: bool) -> None:
        allowed = _GENERAL_PLACEHOLDERS if general else _ACCOUNT_PLACEHOLDERS
        try:
            placeholders = {name for _, name, _, _ in string.Formatter().parse(title) if name is not None}
        except ValueError as error:
            raise self.fail("title", "template_stray_brace", detail=str(error)) from None
        bad = sorted(placeholders - allowed)
        if bad:
            raise self.fail("title", "template_bad_placeholder", placeholder="{" + bad[0] + "}",
                            allowed=["{" + p + "}" for p in sorted(allowed)])

    def _assignee(self, functions: tuple[str, ...]) -> str:
        assignee, allowed = self.raw["assignee"], [*functions, ASSIGNED_TO_LEAVER, ASSIGNED_TO_SUCCESSOR]
        if assignee not in allowed:
            raise self.fail("assignee", "template_bad_assignee", assignee=assignee, allowed=allowed)
        return assignee

    def _due(self) -> int:
        due = self.raw["due"]
        if isinstance(due, bool) or not isinstance(due, int) or abs(due) > MAX_DUE_OFFSET:
            raise self.fail("due", "template_bad_due", due=repr(due), limit=MAX_DUE_OFFSET)
        return due

    def _effect(self) -> str | None:
        effect = self.raw.get("effect")
        if effect is not None and effect not in Effect.ALL:
            raise self.fail("effect", "template_bad_effect", effect=effect, allowed=list(Effect.ALL))
        return effect

    def _conditions(self) -> dict[str, Any]:
        conditions: dict[str, Any] = {}
        for key in _BOOL_CONDITIONS:
            if key in self.raw:
                if not isinstance(self.raw[key], bool):
                    raise self.fail(key, "template_not_bool", key=key)
                conditions[key] = self.raw[key]
        for key, choices in _CHOICES.items():
            if key in self.raw:
                conditions[key] = self._choice(key, choices)
        return conditions

    def _choice(self, key: str, choices: tuple[str, ...]) -> frozenset[str]:
        value = self.raw[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "template_not_list", key=key, example=choices[0])
        wrong = [v for v in value if v not in choices]
        if wrong:
            raise self.fail(key, "template_bad_choice", key=key, value=wrong[0], allowed=list(choices))
        return frozenset(value)

    def _check_rules(self, general: bool, effect: str | None, conditions: dict[str, Any]) -> None:
        if general and conditions:
            first = next(iter(conditions))
            raise self.fail(first, "template_general_condition", key=first)
        if general and effect is not None:
            raise self.fail("effect", "template_general_effect")
        if effect in Effect.MOVES_ROLES:
            kinds = conditions.get("kind")
            if kinds is None or Kind.personal.value in kinds:
                # DESIGN.md, first rule: the employer can never take over a personal profile.
                raise self.fail("kind" if kinds is not None else "effect", "template_personal_handover")


# --- Generation ------------------------------------------------------------------------------

# A checklist can be made in the user's language. Titles are stored with names filled in
# ("Hand Ingrid Berg's admin role on … to Ole Dahl"), so they cannot be looked up in a
# translation afterwards: the English title pattern and the English words filled into it are
# translated *before* formatting, and the case keeps the words it was made with. `translate`
# maps an English text to the user's language; the window passes one backed by Qt's
# translations, and a process-wide default (set_default_translation, set by the window and by
# cli.main) covers the paths that re-plan an open case (refresh, a new successor, a role granted
# to a leaver). Without one the checklist is English. A translation whose {placeholders} differ
# from the English is not used: a broken translation must never lose a name or fail the offboarding.
Translate = Callable[[str], str]
# An account in a title as a message names it (ELSEWHERE: on a platform the registry does not know).
ACCOUNT_IN_TITLE, ACCOUNT_ELSEWHERE = MESSAGES["account_name"], MESSAGES["account_name_elsewhere"]
CONTEXT = "Checklist"  # the catalogues' context of these texts (gui/core_texts.py)

# Every English text besides the titles that the generation may translate (the GUI's catalogue
# is generated from this list, templates and risk rules: scripts/translations.py update).
TITLE_WORDS: tuple[str, ...] = (
    *(r.value for r in Role),
    "administrator",  # the role when the item is not about one (a holder without a role)
    "{first} and {last}",  # "owner and admin"; {first} may itself be "owner, admin"
    *(d.value.replace("_", " ") for d in Disposition),
    "none agreed",
    "(no work email recorded)",
    "the successor",
    "{name} (leaver)",
    "{name} (successor)",
    "Successor (not chosen yet)",
    *(p.value for p in Presence),
    ACCOUNT_IN_TITLE,  # an account in a title, with the language's quotation marks
    ACCOUNT_ELSEWHERE,  # one on a platform no platform's table knows (platforms.py: "Other")
)


def _english(text: str) -> str:
    return text


_default_translate: Translate = _english


def set_default_translation(translate: Translate | None) -> Translate | None:
    """Make checklists in this process in another language (None: English again); returns the
    previous function, or None if it was English, so a caller can put it back."""
    global _default_translate
    previous = None if _default_translate is _english else _default_translate
    _default_translate = translate or _english
    return previous


def _placeholders(text: str) -> frozenset[str] | None:
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None


class _Wording:
    """One language's words for one generation, each looked up once (checked, then cached)."""

    def __init__(self, translate: Translate | None):
        self.translate = translate or _default_translate
        self._cache: dict[str, str] = {}

    def __call__(self, english: str) -> str:
        found = self._cache.get(english)
        if found is None:
            found = english
            if self.translate is not _english:
                translated = self.translate(english)
                if translated and _placeholders(translated) == _placeholders(english):
                    found = translated
            self._cache[english] = found
        return found

    def account_name(self, account: LeaverAccount) -> str:
        """The service names an account "<platform> <presence> “<handle>”" (offboarding.account_label);
        it is said as the language says an account (ACCOUNT_IN_TITLE: its word order and quotation
        marks), its presence translated like the rest of the title (a brand's name and the handle
        stay as they are); one on a platform the registry does not know as ACCOUNT_ELSEWHERE."""
        word = account.presence.value
        platform, found, rest = account.name.partition(f" {word} “")
        if not found or not rest.endswith("”"):
            return account.name
        pattern = ACCOUNT_ELSEWHERE if platform == platforms.platform("other").name else ACCOUNT_IN_TITLE
        return self(pattern).format(platform=platform, presence=self(word), name=rest[:-1])
_ENGLISH = _Wording(_english)


def _role_text(roles: Sequence[Role], wording: _Wording | None = None) -> str:
    wording = wording or _ENGLISH
    names = [wording(r.value) for r in roles]
    if not names:
        return wording("administrator")
    if len(names) == 1:
        return names[0]
    return wording("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def _disposition_text(disposition: Disposition | None, wording: _Wording | None = None) -> str:
    wording = wording or _ENGLISH
    return wording(disposition.value.replace("_", " ") if disposition else "none agreed")


def _title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_MAX else text[:TITLE_MAX - 1] + "…"


def plan_item(template: Template, *, leaver: Party, successor: Party | None, last_working_day: date,
              account: LeaverAccount | None = None, translate: Translate | None = None,
              calendar: BusinessCalendar = WEEKDAYS_ONLY, _wording: _Wording | None = None) -> PlannedItem:
    """The item `template` makes for `account` (None for a general item), in the language of
    `translate` (see TITLE_WORDS; None: the process default, English unless the window set one),
    due on the business day `calendar` counts to (a handover item: when the terms' notice says)."""
    wording = _wording or _Wording(translate)
    values = {"leaver": leaver.name, "leaver_email": leaver.email or wording("(no work email recorded)"),
              "successor": successor.name if successor else wording("the successor")}
    account_name = None
    if account is not None:
        account_name = wording.account_name(account)
        values.update(account=account_name,
                      role=_role_text(template.roles_acted_on(account.leaver_roles), wording),
                      disposition=_disposition_text(account.disposition, wording))
    names = {party.id: party.name for party in (leaver, successor) if party is not None}
    assignee = Assignee.of(template.assignee, None, names, leaver_id=leaver.id,
                           successor_id=successor.id if successor else None)
    offset, due_on, notice = template.due, calendar.add(last_working_day, template.due), None
    if account is not None and account.notice_days is not None and template.effect in Effect.MOVES_ROLES:
        notice = account.notice_days
        due_on, offset = notice_due(last_working_day, notice, calendar)
    return PlannedItem(
        action=template.action,
        account_id=account.id if account else None,
        account_name=account_name,
        title=_title(wording(template.title).format_map(values)),
        assignee=assignee,
        offset=offset,
        due_on=due_on,
        effect=template.effect,
        moved_by=calendar.moved(last_working_day, due_on, current_language()),
        notice_days=notice,
    )


def plan_checklist(templates: Templates, *, leaver: Party, accounts: Iterable[LeaverAccount],
                   last_working_day: date, successor: Party | None = None,
                   include_general: bool = True, translate: Translate | None = None,
                   calendar: BusinessCalendar = WEEKDAYS_ONLY) -> list[PlannedItem]:
    """The checklist for a leaver: per account (in the order given) the items of every template
    that applies to it, in the file's order, then the general items. Pure: reads nothing.
    `translate`: the language of the titles (see TITLE_WORDS); None: the process default."""
    wording = _Wording(translate)
    planned: list[PlannedItem] = []
    account_templates = [t for t in templates.items if not t.general]
    for account in accounts:
        for template in account_templates:
            if template.applies_to(account, leaver):
                planned.append(plan_item(template, leaver=leaver, successor=successor,
                                         last_working_day=last_working_day, account=account,
                                         calendar=calendar, _wording=wording))
    if include_general:
        for template in templates.items:
            if template.general:
                planned.append(plan_item(template, leaver=leaver, successor=successor,
                                         last_working_day=last_working_day, calendar=calendar, _wording=wording))
    return planned
