"""file names of signed scans kept apart in earlier events

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

A signed scan's file name may name the person who signed it ("Tuva Lind agreement.pdf"). Since
0020 anonymising removes it from the scan's row, and events recorded since keep it apart in
personal_value keyed by the signer (services/agreements.attach), so that erasing them removes it
from the trail too. The events recorded before ("attach", entity attachment) still hold it
inline; this step moves it out the same way, leaving {"personal": token, "person": signer}.

The rewrite, the chain computed again and when the file names stay inline: the frozen trail_rewrite.
"""
import secrets

from alembic import op
import sqlalchemy as sa

from accountregistry.store.migrations import trail_rewrite


revision = '0021'
down_revision = '0020'

ACTION = "separate_scan_names"


def _apart(event, signers, rows):
    """An attach event's new values with the file name replaced by a reference (the name added
    to `rows`, keyed by the scan's signer)."""
    values = event["new_values"]
    if event["entity"] != "attachment" or not values or not isinstance(values.get("file_name"), str) \
            or not values["file_name"]:
        return values
    token, signer = secrets.token_hex(16), signers.get(event["entity_id"])
    rows.append({"token": token, "person_id": signer, "value": values["file_name"]})
    return {**values, "file_name": {"personal": token, "person": signer}}


def _signers(connection: sa.Connection) -> dict:
    """Each scan's signer: the person of its agreement."""
    scan = sa.table("attachment", sa.column("id"), sa.column("agreement_id"))
    agreement = sa.table("agreement", sa.column("id"), sa.column("person_id"))
    return dict(connection.execute(sa.select(scan.c.id, agreement.c.person_id)
                                   .join(agreement, agreement.c.id == scan.c.agreement_id)).all())


def upgrade() -> None:
    signers = _signers(op.get_bind())
    trail_rewrite.upgrade("0021", ACTION, lambda event, rows: {"new_values": _apart(event, signers, rows)},
                          "scan_names", "scan_names_kept_inline", entity="attachment")


def downgrade() -> None:
    # The file names stay apart: putting them back would rewrite the trail a second time.
    pass
