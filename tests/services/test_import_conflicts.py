"""An import does not undo an offboarding (issue 18, finding 8): a row that would grant again a
role an offboarding took away, or one revoked after the file was exported, is a conflict in the
plan, and is written only when the user chooses so."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services import ownership_report
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.csv_import import RowAction, apply_import, plan_import, read_table
from accountregistry.services.offboarding import case_items, complete_item, start_offboarding
from accountregistry.services.ownership_report import HEADER, export_report
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role, revoke_role

from engine_support import roles_of_account

TODAY = date(2026, 12, 1)


class Org:
    """Ingrid administers the company page and a group; Ole will succeed her."""

    def __init__(self, db):
        self.ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
        self.ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
        self.page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys",
                                                      kind=Kind.company), today=TODAY)
        self.group = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlys",
                                                       kind=Kind.company), today=TODAY)
        for account in (self.page, self.group):
            grant_role(db, account_id=account.id, person_id=self.ingrid.id, role=Role.admin,
                       granted_on=date(2024, 5, 1), today=TODAY)


def active(db, account_id):
    return sorted((r.person_id, r.role.value) for r in roles_of_account(db, account_id, active_only=True))


def export_at(db, path, moment: str, monkeypatch):
    monkeypatch.setattr(ownership_report, "exported_at", lambda: moment)
    export_report(db, path, delimiter=";", today=TODAY)
    monkeypatch.undo()
    return path


@pytest.fixture
def org(db):
    return Org(db)


def test_an_old_export_does_not_grant_again_what_an_offboarding_took_away(db, org, tmp_path, monkeypatch):
    old = export_at(db, tmp_path / "old.csv", "2026-11-30T09:00:00Z", monkeypatch)
    case = start_offboarding(db, person_id=org.ingrid.id, last_working_day=date(2026, 12, 31),
                             successor_id=org.ole.id, today=TODAY)
    handover = next(item for item in case_items(db, case.id)
                    if item.account_id == org.page.id and item.action == "hand_over_company_account")
    complete_item(db, handover.id, today=date(2026, 12, 2))
    assert active(db, org.page.id) == [(org.ole.id, "admin")]

    plan = plan_import(db, read_table(old), today=date(2026, 12, 3))
    [conflict] = plan.conflicts
    assert (conflict.account, conflict.codes) == (org.page.url, [("administrators", "regrant_after_offboarding")])
    assert conflict.problems[0][1].params["revoked_on"] == date(2026, 12, 2)
    assert plan.summary().params["conflicts"] == 1 and plan.errors == []

    result = apply_import(db, plan)  # not chosen: left out
    assert (result.conflicts_left_out, result.roles_granted) == (1, 0)
    assert active(db, org.page.id) == [(org.ole.id, "admin")]

    again = plan_import(db, read_table(old), today=date(2026, 12, 3))
    result = apply_import(db, again, grant_again=True)  # chosen explicitly
    assert (result.conflicts_left_out, result.roles_granted) == (0, 1)
    assert active(db, org.page.id) == [(org.ingrid.id, "admin"), (org.ole.id, "admin")]


def test_a_role_revoked_after_the_export_is_a_conflict_and_one_revoked_before_is_not(db, org, tmp_path,
                                                                                      monkeypatch):
    page_role, group_role = (next(r for r in roles_of_account(db, account.id)) for account in (org.page, org.group))
    revoke_role(db, role_id=group_role.id, reason="Moved on to another team", revoked_on=date(2026, 11, 20),
                today=TODAY)
    grant_role(db, account_id=org.group.id, person_id=org.ingrid.id, role=Role.admin, today=TODAY)
    report = export_at(db, tmp_path / "report.csv", "2026-11-25T08:00:00Z", monkeypatch)
    revoke_role(db, role_id=page_role.id, reason="Not needed", revoked_on=TODAY, today=TODAY)
    revoke_role(db, role_id=next(r for r in roles_of_account(db, org.group.id, active_only=True)).id,
                reason="Again", revoked_on=TODAY, today=TODAY)
    # The group's role was revoked once before the export and once after: the last one counts.
    plan = plan_import(db, read_table(report), today=TODAY)
    assert {row.account: row.codes for row in plan.conflicts} == {
        org.page.url: [("administrators", "regrant_after_export")],
        org.group.url: [("administrators", "regrant_after_export")]}

    # Without exported_at (a spreadsheet's own file), a revocation by hand is no conflict.
    rows = list(csv.reader(io.StringIO(report.read_bytes()[3:].decode("utf-8"), newline=""), delimiter=";"))
    stamp = HEADER.index("exported_at")
    plain = tmp_path / "plain.csv"
    plain.write_text("\r\n".join(";".join(row[:stamp] + row[stamp + 1:]) for row in rows), encoding="utf-8")
    plan = plan_import(db, read_table(plain), today=TODAY)
    assert plan.conflicts == [] and plan.count(RowAction.update) == 2


def test_an_exported_at_that_is_no_moment_is_an_error_of_its_row(db, org, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("url;exported_at\r\nhttps://x.com/a;yesterday\r\nhttps://x.com/b;2026-11-25T08:00:00Z\r\n",
                    encoding="utf-8")
    plan = plan_import(db, read_table(path), today=TODAY)
    assert [(row.line, row.action, row.codes) for row in plan.rows] == [
        (2, RowAction.error, [("exported_at", "invalid_in_field")]), (3, RowAction.new, [])]
