"""checklist item titles kept apart in earlier events

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

A checklist item's title names the leaver and the successor ("Hand Freja Møller's admin role on
… to Emil Thygesen"), and so do the lines a ticked item changed in the registry ("admin of …:
Freja Møller → Emil Thygesen"). Since this step they are free text kept apart in personal_value
without an owner (services/personal_values.FREE_TEXT, TRAIL_FREE_TEXT), so that anonymising
either person replaces their name there too. The events recorded before (entity checklist_item)
still hold them inline; this step moves them out the same way, leaving
{"personal": token, "person": null}.

The rewrite, the chain computed again and when the titles stay inline: the frozen trail_rewrite.
"""
import secrets

from accountregistry.store.migrations import trail_rewrite


revision = '0022'
down_revision = '0021'

ACTION = "separate_checklist_titles"
FIELDS = ("title", "changes")  # free text of checklist_item events, as of this step


def _is_text(value) -> bool:
    return (isinstance(value, str) and value != "") or (
        isinstance(value, list) and bool(value) and all(isinstance(line, str) for line in value))


def _side_apart(values, rows):
    """One side of an event with its titles and changed lines replaced by references (the text
    added to `rows`, without an owner)."""
    if not values or not any(_is_text(values.get(name)) for name in FIELDS):
        return values
    kept = dict(values)
    for name in FIELDS:
        if _is_text(values.get(name)):
            token = secrets.token_hex(16)
            rows.append({"token": token, "person_id": None, "value": values[name]})
            kept[name] = {"personal": token, "person": None}
    return kept


def _sides_apart(event, rows):
    if event["entity"] != "checklist_item":
        return {}
    return {"old_values": _side_apart(event["old_values"], rows), "new_values": _side_apart(event["new_values"], rows)}


def upgrade() -> None:
    trail_rewrite.upgrade("0022", ACTION, _sides_apart, "free_text_values", "checklist_text_kept_inline",
                          entity="checklist_item")


def downgrade() -> None:
    # The titles stay apart: putting them back would rewrite the trail a second time.
    pass
