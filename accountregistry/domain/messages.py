"""Every refusal's words, and the command line's own lines, by code: the one table that turns
a code and its parameters into a sentence in the user's language.

The English templates below are the source texts of the translation catalogues (context
"Message"; scripts/translations.py puts them in gui/core_texts.py for lupdate). A parameter is
shown as a person reads it: a Label (a field's name) and a vocabulary word (Kind.personal ->
"personal") are translated too, dates are written the way the language writes them, lists are
joined. A translation whose {placeholders} differ from the English is not used.

Phrase sentences so that no plural form is needed ("Remaining: {count}."), and never put a
secret in a parameter.
"""

from __future__ import annotations

import errno
import string
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from accountregistry.language import capitalised, current_language, translate

CONTEXT = "Message"
LABEL_CONTEXT = "Field"
VOCABULARY_CONTEXT = "Vocabulary"


class Label(str):
    """A field's or thing's name inside a sentence ("Review interval (months)"), translated in
    the "Field" context when the sentence is made."""

    __slots__ = ()


class Choice(str):
    """A choice's stored value ("employee_role") as the window shows it in a cell or a list of
    choices: its word in the "Vocabulary" context, capitalised ("Medarbejderrolle"). The import
    lists these, the words it takes, where a refused cell names no choice."""

    __slots__ = ()


class Phrase:
    """A part of a sentence that has its own template in MESSAGES, such as the rule a refused
    name breaks ("be 1 to 15 letters, digits or underscores"); worded when the sentence is."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any):
        if code not in MESSAGES:
            raise KeyError(f"no message for the phrase {code!r}; add it to domain/messages.py")
        self.code, self.params = code, params

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    def __repr__(self) -> str:
        return f"Phrase({self.code!r}, **{self.params!r})"


MESSAGES: dict[str, str] = {
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
    "hidden_characters": "{label} contains characters nobody can see ({characters}), which can make it read as "
                         "something else; type it again without them.",
    "not_email": "{label} “{value}” is not an email address (expected name@example.com).",
    "not_a_choice": "{label} “{value}” is not one of: {allowed}.",
    "not_whole_number": "{label} must be a whole number.",
    "out_of_range": "{label} must be between {low} and {high}.",
    "in_future": "{label} cannot be in the future.",
    "too_many": "{label}: {count} given; at most {limit}.",
    # Reliability: concurrent writers, the audit trail, safe files (store/, services/audit.py).
    "stale_edit": "{who} changed this {record} at {when}; reload to see the change, then make yours again.",
    "lock_wait_invalid": "{variable} must be a number of seconds between 0 and {high}, not “{value}”.",
    "actor_too_long": "The name the audit trail records for you is too long ({length} characters; at most "
                      "{limit}); set {variable} to a shorter name.",
    "actor_unprintable": "The name the audit trail records for you contains a line break, a control character "
                         "or an invisible character; set {variable} to a plain name.",
    "file_exists": "{path} already exists; choose a new file name.",
    "disk_full_file": "The disk holding {path} is full; free some space and try again. No file was written.",
    "integrity_failed": "{where} is damaged (SQLite's check says: {detail}); nothing was copied or changed. "
                        "Restore it from a backup.",
    "audit_event_altered": "Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) was changed after "
                           "it was recorded: its content no longer matches its hash.",
    "audit_event_out_of_chain": "Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) does not "
                                "follow the event before it: an event was removed or slipped in.",
    "audit_intact": "The audit trail of {where} is intact: {events} events, the last with the hash {head}.",
    "audit_exported": "Wrote {events} audit events with their hashes to {path}.",
    "audit_unprotected": "The audit trail of {where} is no longer protected (changed or missing: {triggers}): the "
                         "database was changed outside Account Registry. Run “accountregistry audit verify” and "
                         "restore a backup.",
    "hot_journal": "{path} holds an unfinished change left by a program that stopped in the middle of it (the file "
                   "{journal} beside it); opening the registry once with write access undoes that change. Ask for "
                   "write access to the file and its folder, or copy both files to a folder of yours.",
    "empty_file": "{path} is empty: it is not an Account Registry database, and nothing was changed. Give the path "
                  "of a registry, or create one there first (for example with “accountregistry demo”).",
    "registry_incomplete": "{where} is missing part of the registry ({missing}): it was changed outside Account "
                           "Registry. Restore it from a backup; nothing was changed.",
    "folder_read_only_database": "The folder {folder} is read-only for you, and the registry {path} needs to keep "
                                 "its journal files beside it. Ask for write access to the folder, or copy the file "
                                 "to a folder of yours.",
    # The product's rules on roles, handover terms and accounts (domain/rules.py).
    "grant_on_archived_account": "This account is archived; restore it before granting roles on it.",
    "grant_to_leaver": "{name} has left the company; a role cannot be granted to someone who has left.",
    "personal_not_transferable": "A personal account belongs to its holder: the employer can never take it over, "
                                 "so it cannot be transferred.",
    "personal_with_transfer_terms": "A personal account can never be transferred, but its current handover terms "
                                    "say “{disposition}”; give it new terms that do not transfer it.",
    "successor_is_holder": "The successor cannot be the account's own holder.",
    "regrant_after_offboarding": "{name} lost the role {role} here through an offboarding ({revoked_on}); this "
                                 "row would grant it again, so it is left out unless you choose to grant such "
                                 "roles again.",
    "regrant_after_export": "{name}'s role {role} here was revoked on {revoked_on}, after the file was exported "
                            "({exported_on}); this row would grant it again, so it is left out unless you choose "
                            "to grant such roles again.",
    # Importing and exporting the ownership report (services/table_reading, csv_import, import_*,
    # ownership_report).
    "import_refused": "The file cannot be imported.",
    "import_is_folder": "{path} is a folder; choose a file.",
    "import_too_large": "{file} is {size} MB; the import reads files up to {limit} MB. Split it into smaller "
                        "files, or leave out long text columns.",
    "import_too_large_read": "{file} holds more than {limit} MB; the import reads files up to {limit} MB. Split "
                             "it into smaller files, or leave out long text columns.",
    "import_too_many_rows": "{file} has more than {limit} rows (line {line} is one too many); split it into "
                            "smaller files.",
    "import_not_a_file": "{path} is not a file but a pipe or a device; save what it gives to a file and import "
                         "that.",
    "import_file_changed": "{file} changed while it was being imported; nothing was imported. Check it again.",
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
    # The {example} above for the account import: its header line, the words between in the reader's language.
    "import_account_header": "url;display_name;kind (or platform;handle;…)",
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
    # Spreadsheets (.xlsx, .ods) written and read (services/report_sheets, services/workbook_reading)
    "not_a_report_format": "“{value}” is not a format the export writes; use one of {allowed}.",
    "not_a_report_layout": "“{value}” is not a layout of the report; use one of {allowed}.",
    "workbook_not_a_workbook": "{file} is not an Excel or LibreOffice workbook (its name says so, its content "
                               "does not); if it is a CSV file, rename it to .csv and import it again.",
    "workbook_password": "{file} is protected by a password; save a copy without the password and import that.",
    "workbook_old_format": "{file} is an old Excel workbook (.xls); save it as .xlsx or .ods and import that.",
    "workbook_damaged": "{file} cannot be read as a workbook: it is damaged or not complete.",
    "workbook_too_large_unpacked": "{file} unpacks to {size} MB, more than the {limit} MB the import reads from a "
                                   "workbook. Import it as a CSV file (the export writes CSV too), or split it into "
                                   "smaller files.",
    "workbook_packed_too_tightly": "{file} has a part that would unpack to more than {ratio} times its packed size, "
                                   "which no spreadsheet program writes: it is not read.",
    "export_beyond_import": "{file} unpacks to {size} MB, more than the {limit} MB the import reads from a "
                            "workbook: to import these accounts again, export them as CSV.",
    "workbook_formula_cells": "Cells with formulas in {file}: {count}. Each is read as its formula's text, as "
                              "typed (such as “=A1+1”), never calculated.",
    "workbook_hidden_sheet": "{file} has a hidden sheet, “{sheet}”; show or delete it, then import again, so "
                             "that nothing is imported that you cannot see.",
    "workbook_merged_header": "The header of {file} (row {line}) has merged cells; give each column its own "
                              "header cell and import again.",
    "workbook_no_sheet": "{file} has no sheet named “{sheet}”; its sheets are {sheets}.",
    "export_not_permitted": "Cannot write {path}: you do not have permission to write there; choose another "
                            "folder.",
    "export_disk_full": "The disk holding {path} is full; free some space and export again. No file was "
                        "written.",
    "export_unwritable": "Cannot write {path}: {reason}. No file was written.",
    "export_is_folder": "{path} is a folder; give the name of the file to write.",
    "export_no_folder": "The folder {folder} does not exist; create it or choose another one.",
    "export_is_database": "{path} is the registry's own database; choose another file for the report.",
    "import_line": "Line {line}: {reason}",
    "import_conflicts_left_out": "Rows in conflict: {count}. They are left out; to import them after all, grant "
                                 "the roles again (--grant-revoked-roles).",
    "import_more_errors": "Those are the first {shown} of {count} rows in error. All of them, by kind:",
    "import_error_kind": "{count} rows like line {line}: {reason}",
    "row_cells_count": "The row has {cells} cells but the header has {width}; a delimiter is missing or extra "
                       "(check for an unquoted delimiter inside a cell).",
    "import_columns_shifted": "The columns of {file} seem shifted from line {line}: {count} rows from there on "
                              "do not have the header's {width} cells, so their values would land under the "
                              "wrong headings. A delimiter inside a cell was probably not quoted, or a "
                              "spreadsheet split a cell in two.",
    "import_values_shifted": "The columns of {file} seem shifted from line {line}: the column “{column}” holds "
                             "what belongs under “{holds}” in {count} of the {rows} rows from there on. A cell "
                             "was probably added or left out in those rows; the reasons for each line follow.",
    "row_duplicate_account": "This account is already on line {first}; an account may appear only once in a "
                             "file.",
    "not_yes_no": "{label} “{value}” should be yes or no.",
    "invalid_in_field": "{label}: {reason}",
    "not_a_moment": "“{value}” is not a moment in time such as 2026-12-31T10:11:12Z.",
    "url_other_account": "The url {url} is another account than platform {platform} and handle {handle}; "
                         "correct one of them.",
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
    # Dates as people type them (domain/dates.py).
    # {example}: dates.DATE_EXAMPLE, the phrase below, as the reader's language writes a date.
    "not_a_date": "“{text}” is not a date (for example {example}).",
    "date_not_existing": "“{text}” is not a date that exists (for example {example}).",
    "date_short_year": "“{text}” has a two-digit year more than 50 years from now; write the year in full "
                       "(for example {example}).",
    "date_incomplete": "“{text}” is not a complete date (for example {example}).",
    "date_example": "31 Dec 2026 or 2026-12-31",
    "date_ambiguous": "“{text}” could be {one} or {other}; write it as {first} or {second}.",
    # Checklist templates (domain/checklist.py): the file, then what is wrong in it.
    "checklist_unusable": "The checklist templates in {path} cannot be used: {problem}",
    "checklist_unusable_at": "The checklist templates in {path}, line {line} cannot be used: {problem}",
    "template_unreadable": "the file cannot be read ({reason}).",
    "template_not_utf8": "the file is not UTF-8 text; save it as UTF-8.",
    "template_not_toml": "it is not valid TOML ({detail}).",
    "template_unknown_setting": "“{key}” is not a setting of the file; it has “functions” and [[item]] tables.",
    "template_no_functions": "“functions” must list the teams items can be assigned to, e.g. functions = "
                             "[\"HR\", \"Communications\", \"IT\"].",
    "template_reserved_function": "“leaver” and “successor” are always available as assignees; do not list them "
                                  "in “functions”.",
    "template_no_items": "it has no [[item]] tables; a checklist needs at least one item.",
    "template_action_twice": "the action “{action}” is used twice; each item needs its own action.",
    "template_unknown_key": "“{key}” is not something an item can have; use: {allowed}.",
    "template_missing_key": "this item has no “{key}”; every item needs action, title, assignee and due.",
    "template_bad_action": "an action is a short id of lowercase letters, digits and _, starting with a letter "
                           "(e.g. “rotate_shared_login”).",
    "template_no_title": "item “{action}” needs a title: the text of the checklist item.",
    "template_bad_scope": "item “{action}” has scope “{scope}”; use “account” or “general”.",
    "template_stray_brace": "the title of item “{action}” has a stray brace ({detail}); write placeholders as "
                            "{{leaver}}.",
    "template_bad_placeholder": "the title of item “{action}” uses {placeholder}, which is not one of: {allowed}.",
    "template_bad_assignee": "item “{action}” is assigned to “{assignee}”, which is not one of: {allowed}.",
    "template_bad_due": "item “{action}” has due = {due}; give a whole number of business days between -{limit} "
                        "and {limit} (negative: before the last working day).",
    "template_bad_effect": "item “{action}” has effect “{effect}”; use one of: {allowed}, or leave it out.",
    "template_not_bool": "item “{action}”: “{key}” must be true or false.",
    "template_not_list": "item “{action}”: “{key}” must be a list such as [\"{example}\"].",
    "template_bad_choice": "item “{action}”: “{value}” is not one of the values of “{key}”; use: {allowed}.",
    "template_general_condition": "item “{action}” is general (one per offboarding), so it cannot have the "
                                  "condition “{key}”; conditions are for account items.",
    "template_general_effect": "item “{action}” is general, so completing it cannot change an account's roles.",
    "template_personal_handover": "item “{action}” hands accounts over, which a personal account never is; give "
                                  "it a “kind” list without “personal”.",
    # Files the user names (reports, checklists, exports, backups).
    "path_is_folder": "{path} is a folder; give the name of a file.",
    "folder_missing": "The folder {folder} does not exist; create it or choose another.",
    "folder_unwritable": "Cannot write to {folder}: {reason}.",
    "file_unwritable": "Cannot write {path}: {reason}.",
    "pdf_not_made": "Cannot write {path}: the PDF could not be made.",
    # PDFs from the command line (cli/printing.py).
    "output_exists": "{path} already exists; give another file name, or add --replace to write over it. Nothing "
                     "was written.",
    "pdf_printer_failed": "Cannot write {path}: the part that makes PDFs stopped unexpectedly (status {status}); "
                          "what it said is above. Nothing was written.",
    # The sample organisation (services/demo.py) and the command line's own refusals (cli/).
    "demo_needs_empty": "{where} is not empty (accounts: {accounts}, people: {people}); the sample organisation "
                        "goes into an empty database: use --db with a new file.",
    "backup_needs_file": "backup copies an SQLite file; for a server database use the server's own backup tools "
                         "(for PostgreSQL: pg_dump).",
    "interrupted": "interrupted; nothing half-written was kept.",
    # The database (store/): its file or server, and changes that collide.
    "conflicting_change": "Someone else saved a conflicting change at the same moment; reload and make your "
                          "change again.",
    "not_a_database_address": "“{address}” is not a database address; give a file path or a URL such as "
                              "postgresql://host/registry.",
    "in_memory_database": "An in-memory database would lose everything on exit; give a file path.",
    "folder_read_only": "Cannot create {path}: the folder is read-only for you; choose another location.",
    "file_unreadable": "Cannot read {path}: you do not have permission to open it.",
    "file_uncreatable": "Cannot create {path}: {reason}.",
    "unknown_driver": "Account Registry cannot talk to “{driver}” databases: the driver is unknown or not "
                      "installed.",
    "database_busy": "{where} is locked by another program (perhaps another Account Registry window); close it "
                     "and try again.",
    "database_locked": "{where} is locked by another program; close it and try again.",
    "database_read_only": "{where} is read-only for you; ask for write access or open a copy.",
    "database_disk_full": "The disk holding {where} is full; free some space and try again. Nothing was saved.",
    "database_damaged": "{where} is damaged; restore it from a backup (Account Registry keeps one beside it "
                        "before every upgrade).",
    "not_a_registry": "{where} is not an Account Registry database (it is not an SQLite file); nothing was "
                      "changed.",
    "database_cannot_open": "Cannot open {where}: check that the folder exists and that you may write to it.",
    "database_forbidden": "You do not have permission to use {where}.",
    "database_io_error": "Reading or writing {where} failed (a disk or network drive problem); check the drive "
                         "and try again.",
    "newer_schema": "{where} was written by a newer version of Account Registry (schema {revision}); install "
                    "that version to open it. Nothing was changed.",
    "foreign_database": "{path} is an SQLite database of another program, not an Account Registry database; "
                        "nothing was changed.",
    "database_missing": "{path} does not exist; check the path, or create a registry there first: "
                        "“accountregistry settings set --name …” for your organisation, or "
                        "“accountregistry demo” for the sample.",
    "needs_upgrade": "{where} needs an upgrade to this version's schema; run “accountregistry migrate”.",
    "backup_onto_itself": "The backup must go to another file than the database itself.",
    "backup_exists": "{path} already exists; choose a new file name for the backup.",
    # People (services/people.py).
    "person_not_found": "There is no person with id {person_id}.",
    "person_email_not_found": "No person with the work email “{email}” is in the registry.",
    "work_email_taken": "{name} already has the work email {email}.",
    "leaving_needs_last_day": "A person who is leaving or has left needs a last working day.",
    "own_manager": "A person cannot be their own manager.",
    "manager_not_found": "The chosen manager is not in the registry.",
    # Retention and anonymising (services/retention.py).
    "already_anonymised": "Person {person_id} was already anonymised; it cannot be undone.",
    "anonymise_not_left": "{name} is {status}; only people who have left can be anonymised.",
    # How an anonymised person is shown (domain/pseudonyms.py): not a refusal, a name.
    "former_employee": "[former employee {id}]",
    "anonymise_active_role": "{name} still holds active roles ({count}); revoke them or finish the offboarding "
                             "first. Nothing was changed.",
    "anonymise_open_case": "{name} has an open offboarding; close or cancel it first. Nothing was changed.",
    # Accounts (services/accounts.py).
    "account_not_found": "There is no account with id {account_id}.",
    "account_reference_unknown": "“{text}” is neither an account id nor an account address: {reason}",
    "account_address_unknown": "{url} is not in the registry.",
    "account_exists": "{platform} {handle} is already in the registry.",
    "address_or_platform_required": "Paste the account's address, or choose a platform and type the handle.",
    "presence_unknown": "{platform} has no {presence}; choose one of: {allowed}.",
    "handle_required": "Type the {platform} handle, or paste the address.",
    "holder_not_found": "The chosen holder is not in the registry.",
    "escalation_contact_not_found": "The chosen escalation contact is not in the registry.",
    # Roles (services/roles.py).
    "role_already_held": "{name} is already {role} of this account.",
    "role_not_found": "There is no role grant with id {role_id}.",
    "role_already_revoked": "This role was already revoked on {day}.",
    "revoked_before_granted": "A role cannot be revoked before it was granted ({day}).",
    # Handover terms (services/handover.py).
    "successor_not_found": "The chosen successor is not in the registry.",
    # The organisation's settings (services/organisation.py).
    "not_email_domain": "“{value}” is not an email domain (expected e.g. acme.dk).",
    # Offboarding cases (services/offboarding.py, services/leavers.py).
    "case_not_found": "There is no offboarding with id {case_id}.",
    "item_not_found": "There is no checklist item with id {item_id}.",
    "no_case": "{name} has no offboarding; start one first.",
    "last_day_long_ago": "The last working day {day} is more than {days} days ago; check the year.",
    "last_day_far_ahead": "The last working day {day} is more than two years ahead; check the year.",
    "own_successor": "{name} cannot be their own successor; choose someone who stays.",
    "successor_has_left": "{name} has left the company and cannot be the successor.",
    "leaver_has_left": "{name} has already left; an offboarding is started before the last working day.",
    "open_case_exists": "{name} already has an open offboarding (last working day {day}); change that one instead.",
    "case_opened_meanwhile": "{name} already has an open offboarding; reload and change that one.",
    "other_open_case": "{name} has another open offboarding; close or cancel it before reopening this one.",
    "case_closed": "This offboarding is closed; reopen it first.",
    "case_cancelled": "This offboarding was cancelled; reopen it first.",
    "case_already": "This offboarding is already {status}.",
    "cancel_only_open": "This offboarding is {status}; only an open one can be cancelled.",
    "reopen_reason_required": "Say why you reopen this offboarding; a reason is required.",
    "cancel_reason_required": "Say why you cancel this offboarding; a reason is required.",
    "item_done": "Item {number} is already done ({by}); reopen it first to change it.",
    "item_waived": "Item {number} was waived ({reason}); reopen it first to change it.",
    "item_open": "Item {number} is already open.",
    "waive_reason_required": "Say why this item is waived; a waived item needs a reason.",
    "personal_never_handed_over": "{account} is a personal account: it stays with its holder and is never "
                                  "handed over; waive this item with a reason instead.",
    "successor_required": "Choose a successor for the offboarding of {leaver} before completing this handover: "
                          "{leaver}'s roles on {account} go to the successor.",
    "case_not_settled": "The offboarding of {leaver} cannot be closed yet. Remaining: {count}.",
    # Logins in the keyring (services/credentials.py). Never a secret, its length or a backend's text.
    "keyring_failed": "The keyring failed; try again.",
    "keyring_failed_with": "The keyring failed ({error}); try again, and if it keeps failing, restart your "
                           "keyring application.",
    "keyring_locked": "The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your "
                      "keyring application, or by logging in again) and try again.",
    "keyring_timeout": "The keyring did not answer in time; check whether it is showing an unlock prompt, or "
                       "restart it, and try again.",
    "keyring_missing": "No keyring is available on this computer; install and unlock a Secret Service such as "
                       "GNOME Keyring or KWallet, then try again.",
    "keyring_store_missing": "No keyring is available on this computer; check that the operating system's "
                             "credential store works, then try again.",
    "keyring_switched_off": "Keyring storage is switched off (the null keyring is configured); choose the "
                            "operating system's keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.",
    "keyring_in_a_file": "The configured keyring keeps secrets in a file of its own, not in the operating system's "
                         "keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential "
                         "Manager instead.",
    "keyring_no_collection": "The keyring has no usable default collection; open your keyring application (such "
                             "as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.",
    "secret_not_found": "{label} is not stored in the keyring for account {account_id}; set it again.",
    "secret_not_stored": "{label} is not stored in the keyring for account {account_id}.",
    "nothing_to_rotate": "Account {account_id} has no stored login to mark as rotated; store it first.",
    "not_login_field": "That is not a login field; choose one of: {allowed}.",
    "secret_empty": "{label} is empty; type or paste it.",
    "secret_too_long": "{label} is too long (at most {limit} characters).",
    "secret_on_stdin": "Give the secret on standard input.",
    "personal_login": "A personal account's login belongs to its holder; the registry does not store it.",
    "login_kind_unknown": "Record whether account {account_id} is a company, employee-role or personal account "
                          "before storing its login.",
    # Ambassador consent (services/consent.py, domain/rules.py); a withdrawal is never refused.
    "consent_only_personal": "Consent to ambassador work is given for a personal profile; this is a {kind} account, "
                             "which the company uses without anyone's consent.",
    "consent_kind_unknown": "Record that this is a personal account before recording its holder's consent.",
    "consent_needs_holder": "Record whose profile this is (its holder) before recording their consent.",
    "consent_already_given": "Consent for this profile is already recorded (given on {day}); withdraw it first to "
                             "record a new one.",
    "consent_scope_unknown": "“{value}” is not something the company may ask; use: {allowed}.",
    "consent_not_an_account_field": "Ambassador consent is its holder's own record, not a field of the account: "
                                    "record it with “consent give ACCOUNT” and end it with “consent withdraw "
                                    "ACCOUNT”.",
    # The social-media policy register (services/policy.py).
    # The holder's agreement, the handover confirmation and their signed scans (services/agreements.py).
    "agreement_nothing_to_cover": "This person holds or administers no account that is looked after: there is "
                                  "nothing for them to agree to.",
    "agreement_no_offboarding": "There is no offboarding for this person; a handover confirmation belongs to one.",
    "agreement_not_found": "There is no agreement with id {agreement_id}.",
    # Why an agreement is out of date (services/agreements.Change.reason -> CHANGE_MESSAGES).
    "agreement_terms_changed": "{account}: handover terms now version {current} (agreed: {covered})",
    "agreement_mandate_changed": "{account}: the mandate changed",
    "agreement_account_added": "{account}: held or administered now, not covered",
    "agreement_print_needs_person_and_output": "Name the person and the file: agreement --person EMAIL -o FILE.pdf, "
                                               "or choose an action (record, attach, list, scan).",
    "attachment_not_found": "There is no attached scan with id {attachment_id}.",
    "attachment_removed": "Scan {attachment_id} was removed on {removed_on}, when the person who signed it was "
                          "anonymised; the agreement's date and channel are kept.",
    "attachment_too_big": "{file} is larger than {limit} MB; attach a scan of at most {limit} MB.",
    "attachment_type_refused": "{file} is not a PDF, PNG or JPEG file; attach the signed scan in one of those.",
    "attachment_unreadable": "{file} looks like a PDF, PNG or JPEG but is damaged or cut off; scan it again.",
    "attachment_unreadable_file": "Cannot read {file}: {reason}.",
    "option_needs_pair": "{option} takes NAME=TEXT; “{value}” has no “=”.",
    "policy_area_unknown": "“{area}” is not an area of the policy; use one of: {allowed}, or add an area of your own "
                           "with its heading.",
    "policy_without_texts": "Write the policy's text for at least one area.",
    "policy_none_in_force": "No version of the social-media policy is in force yet; record one first.",
    "policy_version_not_found": "There is no version {version} of the social-media policy.",
    "acknowledgement_list_too_big": "{file} is larger than {limit} MB; a list of acknowledgements is one work email "
                                    "and date per line.",
    "acknowledgement_list_not_text": "{file} is not text in UTF-8; save the list as UTF-8 text or CSV.",
    "acknowledgement_list_unreadable": "Cannot read {file}: {reason}.",
    "acknowledgement_list_empty": "{file} names nobody: write one work email and date per line.",
    "acknowledgement_line_refused": "Line {line}: {reason}",
    "acknowledgement_line_date_missing": "Line {line} has no date: write the work email, then the day it was "
                                         "acknowledged.",
    "acknowledgement_line_unknown_person": "Line {line}: nobody in the registry has the work email {email}.",
    # What stands in the way of an open offboarding (services/offboarding.blockers).
    "blocker_only_admin": "{leaver} is the only owner or admin of {account} and no successor is chosen.",
    "blocker_overdue": "Overdue since {day}: {title}",
    "blocker_last_day_passed": "The last working day, {day}, has passed. Items still open: {count}.",
    "blocker_last_day_near": "The last working day is {day}; business days left: {days}. Items still open: {count}.",
    # The lines under case_not_settled, and an account named inside a sentence.
    "open_item": "item {number} is open (due {day}, {assignee}): {title}",
    "active_role": "{leaver} is still {role} of {account}",
    "account_name": "{platform} {presence} “{name}”",
    "account_name_elsewhere": "Other {presence} “{name}”",  # a platform the registry does not know
    # Platforms: recognising a pasted address or a typed handle (domain/platforms.py,
    # domain/web_addresses.py). {address} and {handle} are what the user gave, {platform} a
    # platform's name, {example} an address; a {rule} completes "it should …".
    "platform_unknown": "“{platform}” is not a known platform: use one of {known}.",
    "presence_invalid": "“{presence}” is not a kind of account: use {allowed}.",
    "presence_not_on_platform": "A {platform} account cannot be a {presence}: choose {allowed}.",
    "address_not_recognised": "“{address}” is not the address of an account.",
    "address_empty": "Nothing was pasted: paste the address of a profile, page, group or channel "
                     "(for example {example}).",
    "address_too_long": "The pasted text is {length} characters long, more than the {limit} a web address "
                        "may have here; paste only the address itself.",
    "address_too_long_escaped": "“{address}” is longer than {limit} characters once written as a standard "
                                "web address; paste a shorter address for the same page.",
    "address_has_spaces": "“{address}” contains spaces or line breaks, which a web address never has; "
                          "paste only the address itself.",
    "address_control_characters": "“{address}” contains control characters; copy the address again from "
                                  "your browser's address bar.",
    "address_not_web": "“{address}” is not a web address: it should start with https:// "
                       "(for example {example}).",
    "address_no_host": "“{address}” is not a web address: it has no site name after https:// "
                       "(for example {example}).",
    "address_host_invalid": "“{address}” is not a web address: its site name “{host}” may only contain "
                            "letters, digits, hyphens and dots, and must end in a domain ending such as .com.",
    "address_host_without_dot": "“{address}” is not a web address: its site name “{host}” has no dot in it "
                                "(for example {example}).",
    "address_port_invalid": "“{address}” is not a web address: the part after the colon in its site name "
                            "is not a port number.",
    "address_ip": "“{address}” uses a numeric IP address instead of a site name; paste the address with "
                  "the site's name instead.",
    "address_lookalike_host": "“{address}” is not on {platform}: its site name {host} imitates "
                              "{platform}'s with look-alike letters; copy the address from {platform} itself.",
    "address_mixed_script_host": "“{address}” has a site name that mixes letters of different alphabets "
                                 "({host}), a trick used to imitate well-known sites; copy the address again "
                                 "from your browser's address bar.",
    "address_userinfo": "“{address}” has a user name or a second site name before an @, a trick used to "
                        "disguise where an address leads; copy the address again from your browser's "
                        "address bar.",
    "address_email": "“{address}” is an e-mail address, not a social-media account; paste the web address "
                     "of the profile, page, group or channel (a Mastodon address is written @name@server).",
    "address_only_handle": "“{address}” is only a name, which could belong to any platform; paste the full "
                           "address of the account (for example {example}), or write a Mastodon address "
                           "as @name@server.",
    "address_short_link": "“{address}” is a short link; open it in your browser and paste the address "
                          "it shows.",
    "address_post": "“{address}” is a post, photo, video or share link on {platform}, not an account; "
                    "paste the address of the profile or page instead (for example {example}).",
    "address_search": "“{address}” is a page of search results, not an account; open the result and "
                      "paste the address of the account.",
    "address_home_page": "“{address}” is the home page of {platform}, not an account; paste the address of "
                         "the profile, page, group or channel itself (for example {example}).",
    "address_not_account": "“{address}” is not the address of an account on {platform}; paste the address "
                           "of the profile, page, group or channel itself (for example {example}).",
    "address_name_invalid": "“{address}” is not a valid {platform} address: “{name}” should {rule}.",
    "address_name_missing": "“{address}” stops before the account's name after “{head}”; paste the full "
                            "address (for example {example}).",
    "address_fediverse_invalid": "“{address}” is not a valid Mastodon address: it should {rule}.",
    "address_not_fediverse": "“{address}” names {platform}, not a Mastodon server; paste the {platform} "
                             "address of the account instead (for example {example}).",
    "handle_empty": "The {platform} handle is empty: type it, for example “{example}”.",
    "handle_has_spaces": "“{handle}” is not a valid handle: it must be one word without spaces or "
                         "invisible characters.",
    "handle_invalid": "“{handle}” is not a valid {platform} {presence} handle like “{example}”: "
                      "it should {rule}.",
    "handle_other_account": "“{handle}” is the address of a {platform} {presence}; register it as "
                            "{platform} {presence} instead.",
    "handle_not_buildable": "“{handle}” cannot be turned into a {platform} address.",
    # Warnings, not refusals: an account that may be the one being registered under its other
    # name (services/similar_accounts.py).
    "similar_display_name": "This may be {platform} {handle} (account {id}) under another name: it has the "
                            "same display name, “{display_name}”.",
    "similar_number": "This may be {platform} {handle} (account {id}) under another name: its address has "
                      "the same number, {number}.",
    "key_collision": "Account {id} ({platform} {handle}) would now be {platform} {new_handle}, like account "
                     "{other_id}: they may be one account registered twice; archive one of them or correct "
                     "its address.",
    "row_account_key_changed": "This row would update account {id}, {platform} {handle}, but that account's "
                               "own address {url} is now recognised as {new_platform} {new_handle}: check "
                               "which account the row means, and correct that account first.",
    # The rules a name must follow, completing "it should …".
    "rule_letters_digits": "be {low} to {high} letters or digits",
    "rule_letters_digits_underscores": "be {low} to {high} letters, digits or underscores",
    "rule_letters_digits_dots_underscores": "be {low} to {high} letters, digits, dots or underscores",
    "rule_letters_digits_dots_hyphens_underscores":
        "be {low} to {high} letters, digits, dots, hyphens or underscores",
    "rule_letters_digits_hyphens_underscores": "be {low} to {high} letters, digits, hyphens or underscores",
    "rule_letters_digits_hyphens": "be {low} to {high} letters, digits or hyphens",
    "rule_letters_digits_dots": "be {low} to {high} letters, digits or dots",
    "rule_letters_digits_single_hyphens":
        "be {low} to {high} letters, digits or single hyphens, not starting or ending with a hyphen",
    "rule_letter_first_underscores": "be {low} to {high} letters, digits or underscores, starting with a letter",
    "rule_letter_first_dots_hyphens_underscores":
        "be {low} to {high} letters, digits, dots, hyphens or underscores, starting with a letter",
    "rule_slug": "be up to {high} characters without spaces, slashes, colons or @",
    "rule_number": "be a number of {low} to {high} digits",
    "rule_phone": "be a phone number with its country code, {low} to {high} digits",
    "rule_invitation_code": "be the code from the invitation link, in letters and digits",
    "rule_linkedin_member_id": "be a member id: ACoAA followed by letters and digits",
    "rule_youtube_channel_id": "be a channel id: UC followed by 22 letters, digits, hyphens or underscores",
    "rule_domain_name": "be a domain name such as {example}",
    "rule_did": "be a DID such as did:plc: followed by 24 letters and digits",
    "rule_fediverse": "be a user name and its server joined by @, such as {example}",
    "rule_place_id": "be a place id: ChIJ followed by letters, digits, hyphens or underscores",
    # People (services/people_file.py, cli/people_commands.py).
    "duplicate_in_file": "{label} “{value}” is already on line {line} of the file; a person can be in it once.",
    "own_manager_in_file": "{label}: a person cannot be their own manager.",
    "unknown_manager": "{label} “{value}” is neither in the registry nor in the file.",
    "in_offboarding": "{label}: this person has an open offboarding; change it there, not by an import.",
    # Organisation settings (services/organisation.py).
    "not_a_closing_day": "{label}: “{value}” is not a day of the year (for example 24.12 or 24 December for "
                         "every year, 2027-05-07 for one year only).",
    # Files the services write (a calendar, a list of people).
    "path_is_database": "{path} is the registry's own database; choose another file.",
    # The shared PostgreSQL server (store/server.py, store/server_errors.py).
    "server_unreachable": "The database server {where} does not answer; check its address and that it is "
                          "running, then try again.",
    "server_wrong_password": "The server {where} refused the login “{user}”: the password is wrong or missing.",
    "server_login_refused": "The server {where} does not let the login “{user}” connect from this computer; "
                            "ask its administrator.",
    "server_tls_required": "The server {where} accepts only encrypted connections; choose a TLS mode that "
                           "encrypts (for example “require”).",
    "server_offers_no_tls": "The server {where} offers no encrypted connections, but this connection requires "
                            "one; ask its administrator, or choose another TLS mode.",
    "server_database_missing": "The server has no database “{database}”; check the name, or ask the server's "
                               "administrator to create it.",
    "server_permission_denied": "The login “{user}” may not do this in {where}; ask the registry's owner for "
                                "the access you need.",
    "server_refused": "The server {where} refused the connection; check the address, the login and the TLS "
                      "mode, or ask the server's administrator.",
    "server_too_busy": "The server {where} has no free connections right now; try again in a moment.",
    "server_write_conflict": "Other changes on {where} kept getting in the way of this one; nothing was saved. "
                             "Try again in a moment.",
    "server_writers_busy": "Others are saving changes to {where} and it took too long; try again in a moment. "
                           "Nothing was saved.",
    "server_too_old": "The server {where} runs PostgreSQL {version}; Account Registry needs {minimum} or newer.",
    "server_not_a_registry": "{where} holds another program's tables, not an Account Registry; nothing was "
                             "changed.",
    "server_no_registry": "{where} holds no registry yet; create one there with “accountregistry migrate”. "
                          "Nothing was changed.",
    "server_needs_migrate": "{where} has an older schema ({revision}) than this version of Account Registry "
                            "({head}); ask the database's owner to run “accountregistry migrate”. Nothing "
                            "was changed.",
    "server_migrate_needs_owner": "Only the registry's owner may upgrade {where}; ask them to run "
                                  "“accountregistry migrate”. Nothing was changed.",
    "server_backup_failed": "pg_dump could not back up {where}, so its schema was not upgraded: {detail}",
    "copy_file_to_server": "“copy” moves a registry from a file on this computer to a shared server: give the "
                           "file with --db and the server with --to (not {source} to {target}).",
    "copy_target_not_empty": "{target} already holds data ({rows} rows in {table}); copy only into an empty "
                             "database. Nothing was copied.",
    "login_taken": "The login “{login}” is already linked to {name}; a login belongs to one person.",
    "copy_cancelled": "The copy was cancelled; nothing was copied to the server.",
    "access_needs_server": "{where} is a file on this computer: its file permissions decide who may use it. "
                           "Access roles exist on a shared server only.",
    "access_not_set_up": "{where} has no access roles yet; its owner runs “accountregistry access setup” first.",
    "login_not_found": "The server has no login “{login}”; ask its administrator to create it first.",
    # The command line's own lines (cli/, through cli/arguments.say): what a command did or found.
    # What other programs read (--format csv/json, tab-separated tables) is not worded here.
    "cli_warning": "accountregistry: warning: {warning}",
    "cli_yes": "yes",  # a yes/no field's value in `account show`
    "cli_no": "no",
    "cli_unknown_columns": "accountregistry: ignored unknown columns: {columns}",
    "cli_access_set_up": "Set up access to {where}: {roles}. Give people a role with “accountregistry access grant "
                         "LOGIN reader|editor|owner”.",
    "cli_access_granted": "{login} is now {role} in {where}.",
    "cli_access_revoked": "{login} is no longer {role} in {where}.",
    "cli_account_saved": "Saved account {id} (version {version}).",
    "cli_account_registered": "Registered account {id}: {account} ({url}).",
    "cli_agreement_written": "Wrote the holder's agreement for {person} to {path}.",
    "cli_agreement_recorded": "Recorded {person}'s agreement of {day} ({channel}) as agreement {id}.",
    "cli_confirmation_recorded": "Recorded {person}'s handover confirmation of {day} ({channel}) as agreement {id}.",
    "cli_scan_kept": "Kept {name} ({media_type}, {size} bytes) with agreement {agreement} as scan {id}.",
    "cli_no_agreement": "{person} has no recorded agreement.",
    "cli_scan_written": "Wrote {name} ({media_type}) to {path}.",
    "cli_consent_recorded": "Recorded consent for {profile}, given on {day}; may be asked: {scope}. The profile is "
                            "listed for ambassador work.",
    "cli_nothing_named": "nothing named",
    "cli_consent_already_withdrawn": "Consent for {profile} was already withdrawn on {day}; that withdrawal is "
                                     "kept as first recorded. The profile is {listed}.",
    "cli_consent_withdrawn": "Recorded that consent for {profile} is withdrawn on {day}; the profile is {listed}.",
    "cli_profile_unlisted": "taken off the ambassador list",
    "cli_profile_still_listed": "still listed for ambassador work",
    "cli_profile_not_listed": "not listed for ambassador work",
    "cli_no_consent": "No consent is recorded.",
    "cli_secret_stored": "Stored the {label} of {account} in the keyring.",
    "cli_no_login_stored": "No login is stored for {account}.",
    "cli_no_logins": "No account has a stored login.",
    "cli_login_rotated": "Recorded that the login of {account} was rotated by {who} at {when}.",
    "cli_type_secret_lines": "{label} for {account}, one per line; an empty line ends:",
    "cli_upgraded_file": "Upgraded {where} to schema {revision}; the previous file was copied to {backup}.",
    "cli_at_schema": "{where} is at schema {revision} (this version's newest is {head}).",
    "cli_upgraded_server_no_backup": "Upgraded {where} from schema {old} to {revision}. pg_dump is not on the "
                                     "PATH, so no backup was written first; take one with your server's tools from "
                                     "now on.",
    "cli_upgraded_server": "Upgraded {where} from schema {old} to {revision}; pg_dump wrote a backup of the "
                           "database as it was to {backup}.",
    "cli_copied": "Copied {source} to {target}:",
    "cli_backed_up": "Backed up {where} to {path}.",
    "cli_demo_filled": "Filled {where} with the sample organisation {organisation}: {people} people, {accounts} "
                       "accounts, {roles} administrator roles.",
    "cli_overdue_items": "accountregistry: overdue items: {count}.",
    "cli_nothing_due": "Nothing is due.",
    "cli_due_summary": "Open items: {count}, overdue: {overdue}.",
    "cli_calendar_written": "Wrote the open items of the offboarding of {leaver} to {path} ({count}).",
    "cli_checklist_preview": "Checklist for the offboarding of {leaver} (items: {count}; not started):",
    "cli_offboarding_started": "Started offboarding {case} for {leaver}: last working day {day}, {successor}; "
                               "items: {count}.",
    "cli_move_started": "Started an internal move {case} for {leaver}: day of the move {day}, {successor}; items: "
                        "{count}.",
    "cli_successor_named": "successor {name}",
    "cli_no_successor_yet": "no successor chosen yet",
    "cli_confirmation_written": "Wrote the handover confirmation for {person} to {path}.",
    "cli_offboarding_shown": "Offboarding {case} of {leaver} ({status}): last working day {day}, {successor}; "
                             "{settled} of {count} items settled.",
    "cli_move_shown": "Internal move {case} of {leaver} ({status}): day of the move {day}, {successor}; {settled} "
                      "of {count} items settled.",
    "cli_successor_not_chosen": "successor not chosen yet",
    "cli_blockers": "Blockers:",
    "cli_item_done": "Done: item {id}: {title}",
    "cli_item_waived": "Waived: item {id}: {title} (reason: {reason})",
    "cli_case_closed": "Closed offboarding {case} of {leaver}: every account is settled.",
    "cli_case_cancelled": "Cancelled offboarding {case} of {leaver}; it is kept, marked cancelled.",
    "cli_case_reopened": "Reopened offboarding {case} of {leaver}.",
    "cli_checklist_written": "Wrote the checklist of offboarding {case} to {path}.",
    "cli_nobody_leaving": "Nobody is leaving.",
    "cli_no_people": "The registry has no people yet.",
    "cli_people_count": "People: {count}.",
    "cli_person_added": "Added {name} <{email}> (id {id}).",
    "cli_person_changed": "Changed {name} <{email}> (version {version}).",
    "cli_people_written": "Wrote the people to {path} ({count}).",
    "cli_dry_run": "Dry run, nothing written: {counts}.",
    "cli_nothing_imported": "accountregistry: nothing was imported: {counts}. Correct the rows above, or use "
                            "--only-valid-rows.",
    "cli_people_imported": "Imported {file}: {added} new, {updated} updated, {unchanged} unchanged{skipped}.",
    "cli_people_counts": "{new} new, {updated} updated, {unchanged} unchanged, {errors} in error",
    "cli_rows_skipped": "; rows with errors skipped: {count}",
    "cli_conflicts_left_out": "; rows in conflict left out: {count}",
    "cli_anonymised_person": "Anonymised person {id} as {pseudonym}: {removed}.",
    "cli_would_anonymise": "Would anonymise person {id} as {pseudonym}: {removed}.",
    "cli_anonymise_dry_run": "Dry run, nothing changed: {count} to anonymise.",
    "cli_notes_kept": "Kept the notes that name them as they were.",
    "cli_notes_pseudonymised": "In the notes that name them, their name and email are now the pseudonym.",
    "cli_anonymised_count": "Anonymised {count}; this cannot be undone.",
    "cli_nobody_due_anonymising": "Nobody is due for anonymisation.",
    "cli_person_data_pdf": "Wrote what is held about {person} to {path}.",
    "cli_person_data_written": "Wrote {count} items held about person {id} to {path}.",
    "cli_policy_recorded": "Recorded version {version} of the social-media policy, effective {day}, approved by "
                           "{approver}.",
    "cli_no_policy": "No version of the social-media policy is recorded.",
    "cli_policy_shown": "Social-media policy, version {version}, effective {day}, approved by {approver}",
    "cli_acknowledged_by": "Acknowledged by {count}:",
    "cli_policy_written": "Wrote the social-media policy to {path}.",
    "cli_already_acknowledged": "{person} had acknowledged version {version} already; nothing changed.",
    "cli_acknowledgement_recorded": "Recorded that {person} acknowledged version {version} on {day}.",
    "cli_acknowledgements_recorded": "Recorded {recorded} acknowledgements of version {version}; {already} had "
                                     "acknowledged it already.",
    "cli_accounts_written": "Wrote the accounts to {path} ({count}).",
    "cli_accounts_dry_run": "Dry run, nothing written: {summary}; {people} new people.",
    # {summary} above: what an account import would do (services/import_planning.ImportPlan.summary).
    "import_plan_summary": "{new} new, {updated} updated, {unchanged} unchanged, {errors} errors",
    "import_plan_summary_conflicts": "{new} new, {updated} updated, {unchanged} unchanged, {errors} errors, "
                                     "{conflicts} conflicts",
    "cli_accounts_imported": "Imported {file}: {created} new, {updated} updated, {unchanged} unchanged, {errors} "
                             "errors{skipped}; {people} people added, {roles} roles granted, {terms} handover "
                             "terms recorded.",
    "cli_private_login_off": "accountregistry: note: the “Private login” risk is off until the company's email "
                             "domains are set (accountregistry settings set --domains acme.dk).",
    "cli_risks_failing": "accountregistry: risks of {severity} severity or worse: {risks}, on accounts: {accounts}.",
    "cli_no_risks": "No account is at risk.",
    "cli_risks_summary": "Risks: {risks}, on accounts: {accounts}.",
    "cli_review_checklist_written": "Wrote a checklist of the accounts due for review to {path} (accounts: "
                                    "{count}, groups: {groups}).",
    "cli_no_review_due": "No account is due for review.",
    "cli_reviews_due": "Accounts due for review: {count}.",
    "cli_marked_reviewed": "Marked {platform} {handle} (id {id}) reviewed; next review due {day}.",
    "cli_settings_unchanged": "Nothing changed: the settings already were so.",
    "cli_no_domains_note": "Note: with no email domains the “Private login” risk is off; set them with "
                           "“accountregistry settings set --domains acme.dk”.",
    # The words in the lines of a list (a checklist's items, what is due, the review round).
    "cli_due": "due",
    "cli_overdue_days": "OVERDUE {days}d",
    "cli_due_row": "{id} {when} {day}  {assignee}: {title} ({account}; offboarding of {leaver}, last day {last_day})",
    "cli_item_row": "  {id} {status} due {day} ({offset})  {assignee}: {marker}{title}{moved}",
    "cli_planned_row": "  due {day} ({offset})  {assignee}: {marker}{title}{moved}",
    "cli_handover_marker": "(handover) ",
    "cli_moved_for": " [moved for {closures}]",
    "cli_closing_day": "closing day",
    "cli_general": "General",
    "cli_review_row": "  {id}  due {day}  last {last}  {platform} {handle}",
    "cli_never": "never",
    "cli_person_row": "{name} <{email}>  {status}{last_day}  {department}",
    "cli_last_day": ", last day {day}",
    "cli_row_problem": "line {line}: {column}: {problem}",
    "cli_row_problem_general": "line {line}: {problem}",
    "cli_row_update": "line {line}: update {row}: {changes}",
    "cli_acknowledged_row": "  {name} <{email}> on {day}",
    "cli_removed_name": "name “{value}”",
    "cli_removed_email": "email “{value}”",
    "cli_removed_title": "title “{value}”",
    "cli_removed_account": "personal account {account}",
    "cli_removed_scan": "signed scan {id} “{name}” ({kind} of {day})",
    "cli_names_them": "  names them: {where}, {label}: “{text}”",
    "cli_note_place": "{record} {id}",  # where a note is: "Account role 3"
    "cli_note_on_account": "{record} {id} ({account})",
}

# What the operating system said when a file could not be used (an OSError's errno), as a
# phrase that fills {reason}; any other error is named by the system's own (English) words.
OS_REASONS: dict[int, str] = {
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "there is no such file or folder",
    errno.EEXIST: "it already exists",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk could not be read or written",
    errno.EBUSY: "it is in use",
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
    if hasattr(value, "sentence"):  # a refusal or Problem inside another refusal's sentence
        return value.sentence()
    if isinstance(value, OSError):
        return os_reason(value)
    if isinstance(value, Label):
        return translate(LABEL_CONTEXT, value)
    if isinstance(value, Choice):
        return capitalised(translate(VOCABULARY_CONTEXT, value.replace("_", " ")))
    if callable(getattr(value, "sentence", None)):  # a Problem inside another's sentence
        return value.sentence()
    if isinstance(value, Phrase):
        return sentence(value.code, value.params)
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


def os_reason(error: OSError) -> str:
    if error.errno in OS_REASONS:
        return translate(CONTEXT, OS_REASONS[error.errno])
    return (error.strerror or type(error).__name__).lower()


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
    params, text = params or {}, template(code)
    shown = {name: format_value(value) for name, value in params.items()}
    first = text[1:text.find("}")] if text.startswith("{") else None  # in the language's own word order
    if hasattr(params.get(first), "sentence"):  # a part said as inside a sentence (an account) starts it
        shown[first] = capitalised(shown[first])
    try:
        return text.format_map(shown)
    except (KeyError, IndexError, ValueError):
        # A parameter the raiser forgot must not hide the refusal behind a second error.
        return MESSAGES[code].format_map(_Lenient(shown))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
