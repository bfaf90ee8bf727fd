"""free text of earlier events kept apart too

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

Since 0016 a note or reason recorded in the trail is kept apart in personal_value without an
owner (person_id NULL), so that anonymising a person replaces their name and email there. The
events recorded before 0016 still hold such free text inline; this step moves it out the same
way, leaving the reference {"personal": token, "person": null} in its place.

The rewrite, the chain computed again and when the free text stay inline: the frozen trail_rewrite.
"""
import re
import secrets

from accountregistry.store.migrations import trail_rewrite


revision = '0019'
down_revision = '0018'

FREE_TEXT_FIELDS = {
    "account": frozenset({"notes", "mandate", "response_expectations"}),
    "account_role": frozenset({"reason"}),
    "handover_terms": frozenset({"followers_terms", "content_terms"}),
    "offboarding_case": frozenset({"status_reason"}),
    "checklist_item": frozenset({"note", "waive_reason"}),
    "consent_record": frozenset({"withdrawal_note"}),
    "agreement": frozenset({"note"}),
}
ENGLISH_PSEUDONYM = re.compile(r"\[former employee (\d+)\]")  # as 0015 stored it: the marker without words
ACTION = "separate_free_text"


def _apart(values, fields, rows):
    """The values with their free text replaced by references (the text added to `rows`)."""
    if not values or not fields.intersection(values):
        return values
    kept = {}
    for name, value in values.items():
        if name in fields and isinstance(value, str) and value:
            token = secrets.token_hex(16)
            rows.append({"token": token, "person_id": None, "value": ENGLISH_PSEUDONYM.sub(r"[#\1]", value)})
            value = {"personal": token, "person": None}
        kept[name] = value
    return kept


def _sides_apart(event, rows):
    fields = FREE_TEXT_FIELDS.get(event["entity"], frozenset())
    return {"old_values": _apart(event["old_values"], fields, rows),
            "new_values": _apart(event["new_values"], fields, rows)}


def upgrade() -> None:
    trail_rewrite.upgrade("0019", ACTION, _sides_apart, "free_text_values", "free_text_kept_inline")


def downgrade() -> None:
    # The free text stays apart: putting it back would rewrite the trail a second time.
    pass
