"""What the command line calls things, in the user's language: the field before a refusal, the
keys of `account show` and `settings show`, the headings of the `risks` table.

A field is named by its Label (context "Field", the window's word for it): the refusal's own
`label` parameter, else the models' declaration of the field (store/models.py), else the
command line's own names below. What other programs read stays as it is: in English the keys
of `show` are the fields' ids (what `account set FIELD=VALUE` takes), and --format json and
csv keep them in every language.
"""

from __future__ import annotations

from enum import Enum

from accountregistry.domain.messages import Label, format_value, placeholders, sentence, template
from accountregistry.language import ENGLISH, current_language

# Fields the command line refuses by its own names (its options), which no model declares.
OPTION_LABELS = {
    "last_day": Label("Last working day"),
    "person": Label("Person"),
    "email": Label("Work email"),
    "path": Label("File"),
    "file": Label("File"),
    "field": Label("Login field"),
    "holder": Label("Holder"),
    "escalation": Label("Escalation contact"),
    "id": Label("ID"),
    "version": Label("Version"),
    "account": Label("Account"),
    "texts": Label("Policy text"),
    "scope": Label("Consent"),
}

# The kinds of record, by table: what `database copy` counts, and where a note that names a
# person is (`people anonymise`). tests/services/test_copy_registry.py checks every table has one.
RECORD_LABELS = {
    "account": Label("Account"),
    "account_role": Label("Account role"),
    "agreement": Label("Agreement"),
    "agreement_item": Label("Agreement item"),
    "attachment": Label("Attachment"),
    "audit_event": Label("Audit event"),
    "checklist_item": Label("Checklist item"),
    "consent_record": Label("Consent record"),
    "handover_terms": Label("Handover terms"),
    "offboarding_case": Label("Offboarding case"),
    "organisation_settings": Label("Organisation settings"),
    "person": Label("Person"),
    "personal_value": Label("Personal value"),
    "policy_acknowledgement": Label("Policy acknowledgement"),
    "policy_text": Label("Policy text"),
    "policy_version": Label("Policy version"),
}

# `risks`' table: its columns, in the order printed.
RISK_HEADINGS = (Label("ID"), Label("Platform"), Label("Handle"), Label("Severity"), Label("Risk"))


def _declared(field: str) -> Label | None:
    from accountregistry.store.fields import label_of

    for table in ("account", "person", "offboarding_case", "account_role", "handover_terms"):
        if found := label_of(table, field):
            return found
    return None


def field_name(field: str, params) -> str:
    """How a refusal's line names its field: `params`' label, the declared one, else the id."""
    label = params.get("label")
    if not isinstance(label, Label):
        label = OPTION_LABELS.get(field) or _declared(field)
    return format_value(label) if label else field


def refused_line(field: str, problem) -> str:
    """A refused field's line: "<field>: <sentence>", or the sentence alone when its template
    names the field itself ({label}: "Default review interval (months) must be between 1 and 60")."""
    if "label" in (placeholders(template(problem.code)) or ()):
        return problem.sentence()
    return f"{field_name(field, problem.params)}: {problem.sentence()}"


def record_name(table: str) -> str:
    """A kind of record (a table) in the user's language; a table not declared above by its name."""
    label = RECORD_LABELS.get(table)
    return format_value(label) if label else table


def keys(labels: dict[str, Label | None]) -> dict[str, str]:
    """{field id: what a `show` command prints before its value}: the id in English (scripts read
    it, `account set` takes it), the field's name in the user's language otherwise."""
    if current_language() == ENGLISH:
        return {field: field for field in labels}
    return {field: format_value(label) if label else field for field, label in labels.items()}


def shown_value(value) -> str:
    """A value as `show` prints it: as stored in English (what `set` takes), the vocabulary's
    word and yes/no in the user's language otherwise."""
    if value is None:
        return ""
    if current_language() == ENGLISH:
        return str(value.value if isinstance(value, Enum) else value)
    if isinstance(value, bool):
        return sentence("cli_yes" if value else "cli_no")
    return format_value(value)


def account_labels(fields) -> dict[str, Label | None]:
    """The Labels of the keys `account show` prints (its record's keys)."""
    return {field: OPTION_LABELS.get(field) or _declared(field) for field in fields}
