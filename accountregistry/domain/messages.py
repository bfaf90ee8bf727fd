"""Every refusal's words, by code: the one table that turns a code and its parameters into a
sentence in the user's language.

The English templates below are the source texts of the translation catalogues (context
"Message"; scripts/translations.py puts them in gui/core_texts.py for lupdate). A parameter is
shown as a person reads it: a Label (a field's name) and a vocabulary word (Kind.personal ->
"personal") are translated too, dates are written the way the language writes them, lists are
joined. A translation whose {placeholders} differ from the English is not used.

Phrase sentences so that no plural form is needed ("Remaining: {count}."), and never put a
secret in a parameter.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from accountregistry.language import current_language, translate

CONTEXT = "Message"
LABEL_CONTEXT = "Field"
VOCABULARY_CONTEXT = "Vocabulary"
# TRANSITIONAL: refusals raised with an English sentence instead of a code; none may remain.
UNTRANSLATED = "untranslated"


class Label(str):
    """A field's or thing's name inside a sentence ("Review interval (months)"), translated in
    the "Field" context when the sentence is made."""

    __slots__ = ()


MESSAGES: dict[str, str] = {
    UNTRANSLATED: "{text}",
    # Generic, for any refusal class without a code of its own.
    "registry_error": "That cannot be done.",
    "invalid_input": "Some of what was entered is not valid.",
    "not_found": "That record is not in the registry.",
    "conflict": "That collides with what is already recorded.",
    "store_error": "The database cannot be used right now.",
    # One field's input (services/validation.Problems).
    "required": "{label} is required.",
    "not_text": "{label} must be text.",
    "too_long": "{label} is too long ({length} characters; at most {limit}).",
    "control_characters": "{label} contains control characters; remove them.",
    "not_email": "{label} “{value}” is not an email address (expected name@example.com).",
    "not_a_choice": "{label} “{value}” is not one of: {allowed}.",
    "not_whole_number": "{label} must be a whole number.",
    "out_of_range": "{label} must be between {low} and {high}.",
    "in_future": "{label} cannot be in the future.",
    # Reliability: concurrent writers, the audit trail, safe files (store/, services/audit.py).
    "stale_edit": "Someone else changed this record since you opened it; reload it and make your change again.",
    "lock_wait_invalid": "{variable} must be a number of seconds between 0 and {high}, not “{value}”.",
    # The product's rules on roles, handover terms and accounts (domain/rules.py).
    "grant_on_archived_account": "This account is archived; restore it before granting roles on it.",
    "grant_to_leaver": "{name} has left the company; a role cannot be granted to someone who has left.",
    "personal_not_transferable": "A personal account belongs to its holder: the employer can never take it over, "
                                 "so it cannot be transferred.",
    "personal_with_transfer_terms": "A personal account can never be transferred, but its current handover terms "
                                    "say “{disposition}”; give it new terms that do not transfer it.",
    "successor_is_holder": "The successor cannot be the account's own holder.",
    "consent_withdrawn_before_given": "Consent cannot be withdrawn before it was given.",
    # Importing and exporting the ownership report (services/table_reading, csv_import, import_*,
    # ownership_report).
    "import_refused": "The file cannot be imported.",
    "import_is_folder": "{path} is a folder; choose a file.",
    "import_too_large": "{file} is {size} MB; the import reads files up to {limit} MB. Split it into smaller "
                        "files, or leave out long text columns.",
    "import_missing": "{path} does not exist; check the file name.",
    "import_not_permitted": "Cannot read {path}: you do not have permission to open it.",
    "import_unreadable": "Cannot read {path}: {reason}.",
    "import_nul_bytes": "{file} contains NUL bytes (line {line}): it is not a text file, or it is UTF-16 without "
                        "a byte order mark; save it again as CSV (UTF-8).",
    "import_not_text": "{file} is not text in UTF-8, UTF-16 or Windows-1252 (unreadable bytes on line {line}); "
                       "save it again as CSV (UTF-8).",
    "import_nul_characters": "{file} contains NUL characters on line {line}; it is not a spreadsheet's text "
                             "export. Save it again as CSV.",
    "import_empty": "{file} is empty; it needs a header line such as {example} and a row below it for each "
                    "record.",
    "import_no_header": "Line 1 of {file} (“{first}”) names none of the columns the import reads; the first "
                        "line must be a header such as {example}.",
    "import_unclosed_quote": "Line {line} of {file} opens a quoted cell (\") that is never closed, so the rest "
                             "of the file would be one cell; close the quote or remove it.",
    "import_cell_too_long": "Line {line} of {file} has a cell longer than {limit} characters, more than any "
                            "field holds; is a quote missing?",
    "import_bad_csv": "Line {line} of {file} is not valid CSV; check its quotes.",
    "import_column_twice": "The header of {file} (line {line}) names the column “{column}” twice; keep one "
                           "of them.",
    "import_no_key_columns": "The header of {file} (line {line}) has no column to recognise a row by; it "
                             "needs one of: {needed}.",
    "import_rows_in_error": "Nothing was imported: {count} rows of {file} cannot be imported, the first on "
                            "line {line}. Correct the file, or import only the valid rows.",
    "import_changed_since_preview": "The registry changed since the file was checked (someone else added or "
                                    "edited the same accounts or people); nothing was imported. Check the file "
                                    "again and import it.",
    "import_cancelled": "The import was cancelled; nothing was written.",
    "export_cancelled": "The export was cancelled; no file was written.",
    "not_a_delimiter": "“{value}” is not a delimiter the export writes; use ';', ',', 'tab' or '|'.",
    "export_not_permitted": "Cannot write {path}: you do not have permission to write there; choose another "
                            "folder.",
    "export_disk_full": "The disk holding {path} is full; free some space and export again. No file was "
                        "written.",
    "export_unwritable": "Cannot write {path}: {reason}. No file was written.",
    "export_is_folder": "{path} is a folder; give the name of the file to write.",
    "export_no_folder": "The folder {folder} does not exist; create it or choose another one.",
    "export_is_database": "{path} is the registry's own database; choose another file for the report.",
    "import_line": "Line {line}: {reason}",
    "row_cells_count": "The row has {cells} cells but the header has {width}; a delimiter is missing or extra "
                       "(check for an unquoted delimiter inside a cell).",
    "row_duplicate_account": "This account is already on line {first}; an account may appear only once in a "
                             "file.",
    "not_yes_no": "{label} “{value}” should be yes or no.",
    "invalid_in_field": "{label}: {reason}",
    "url_other_account": "The url {url} is another account than platform {platform} and handle {handle}; "
                         "correct one of them.",
    "terms_date_required": "Terms agreed on is required with a disposition: the date the handover terms were "
                           "agreed.",
    "terms_need_disposition": "Handover terms need a disposition; fill it in, or clear the other handover terms "
                              "cells of this row.",
    "administrator_format": "Administrator “{entry}” should be written as Name <email> (role), for example "
                            "Jane Doe <jane@acme.dk> (admin).",
    "administrator_role": "The role of “{entry}” is not one of: {allowed}.",
    "administrator_email": "The email of “{entry}” is not an email address (expected name@example.com).",
    "administrator_name": "The name in “{entry}” is too long or holds control characters.",
    "person_needs_name": "{label}: {email} is not in the registry, and the file gives no name for them; add "
                         "the name.",
    "person_named_twice": "{email} is named “{name}” here but “{other}” on line {line}; use one name.",
    "person_name_ambiguous": "{label}: {count} people in the registry are called {name}; give their email.",
    "person_unknown": "{label}: {name} is not in the registry; give their email so they can be added.",
    "role_kept": "{person} stays {role}: an import never revokes a role; revoke it in the registry with a "
                 "reason.",
}

# How each language writes a date in a sentence.
_DATE_FORMATS = {"da": "{d}.{m}.{y}", "nb": "{d}.{m}.{y}", "sv": "{y}-{m:02d}-{d:02d}"}
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: date) -> str:
    pattern = _DATE_FORMATS.get(current_language())
    if pattern is None:
        return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return pattern.format(d=day.day, m=day.month, y=day.year)


def format_value(value: Any) -> str:
    """A parameter as a person reads it in the current language."""
    if isinstance(value, Label):
        return translate(LABEL_CONTEXT, value)
    if callable(getattr(value, "sentence", None)):  # a Problem inside another's sentence
        return value.sentence()
    if isinstance(value, Enum) and isinstance(value.value, str):
        return translate(VOCABULARY_CONTEXT, value.value.replace("_", " "))
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(format_value(item) for item in value)
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if current_language() in ("da", "sv", "nb") else text
    return str(value)


def placeholders(text: str) -> frozenset[str] | None:
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError:
        return None


def template(code: str) -> str:
    """The code's template in the current language (English when the translation is missing or
    would lose a placeholder)."""
    english = MESSAGES[code]
    translated = translate(CONTEXT, english)
    return translated if placeholders(translated) == placeholders(english) else english


def sentence(code: str, params: Mapping[str, Any] | None = None) -> str:
    params = params or {}
    shown = {name: format_value(value) for name, value in params.items()}
    try:
        return template(code).format_map(shown)
    except (KeyError, IndexError, ValueError):
        # A parameter the raiser forgot must not hide the refusal behind a second error.
        return MESSAGES[code].format_map(_Lenient(shown))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
