"""Reviews: marking reviewed (who and when, in the trail), flagging for change, the round of
accounts due, and its checklist file."""

import csv
import os
from datetime import date

import pytest
from sqlmodel import select

from accountregistry.domain.errors import NotFound, ValidationError
from accountregistry.domain.vocabulary import Kind
from accountregistry.services.accounts import AccountInput, archive_account, get_account, register_account
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.reviews import (
    CHECKLIST_HEADER,
    NO_HOLDER,
    NO_UNIT,
    flag_for_change,
    mark_reviewed,
    review_round,
    write_review_checklist,
)
from accountregistry.services.risks import account_risks, review_due_on
from accountregistry.store.models import AuditEvent

TODAY = date(2026, 11, 21)


def events(db, action):
    with db.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def account(db, handle, *, reviewed=date(2026, 1, 10), platform="x", **values):
    return register_account(db, AccountInput(platform=platform, handle=handle, last_reviewed_on=reviewed,
                                             **values), today=TODAY)


@pytest.fixture
def office(db):
    """Two holders, units, and accounts due, not due, never reviewed and archived."""
    ingrid = add_person(db, PersonInput(name="Ingrid Sæther", work_email="ingrid@nordlys.no"))
    asa = add_person(db, PersonInput(name="Åsa Lindqvist", work_email="asa@nordlys.se"))
    return {
        "ingrid_old": account(db, "ingridreiser", reviewed=date(2025, 12, 1), kind=Kind.employee_role,
                              holder_id=ingrid.id, responsible_unit="Marketing"),
        "ingrid_due": account(db, "ingridnordlys", reviewed=date(2026, 5, 21), kind=Kind.employee_role,
                              holder_id=ingrid.id, responsible_unit="Communications"),
        "asa_due": account(db, "asanordlys", reviewed=date(2026, 3, 2), kind=Kind.employee_role,
                           holder_id=asa.id, responsible_unit="Communications"),
        "company_due": account(db, "nordlysrejser", reviewed=date(2026, 2, 1), kind=Kind.company),
        "fresh": account(db, "nordlysresor", reviewed=date(2026, 10, 1), kind=Kind.company,
                         responsible_unit="Communications"),
        "yearly": account(db, "nordlysreiser", reviewed=date(2026, 1, 10), kind=Kind.company,
                          review_interval_months=12),
        "archived": archive_account(db, account(db, "nordlysgammel", reviewed=date(2020, 1, 1)).id),
    }


def handles(group):
    return [item.handle for item in group.items]


def test_marking_reviewed_records_the_day_and_who_with_the_note(db, office):
    page = office["ingrid_old"]
    updated = mark_reviewed(db, page.id, note="  Admins and login checked  ", today=TODAY)
    assert updated.last_reviewed_on == TODAY
    assert get_account(db, page.id).last_reviewed_on == TODAY
    assert review_due_on(db, page.id) == date(2027, 5, 21)
    [event] = events(db, "review")
    assert (event.actor, event.entity, event.entity_id, event.account_id) == ("tester", "account", page.id, page.id)
    assert event.old_values == {"last_reviewed_on": "2025-12-01"}
    assert event.new_values == {"last_reviewed_on": "2026-11-21", "note": "Admins and login checked"}


def test_marking_reviewed_clears_the_overdue_risk(db, office):
    page = office["ingrid_old"]
    assert "review_overdue" in {r.id for r in account_risks(db, [page.id], today=TODAY)[page.id]}
    mark_reviewed(db, page.id, today=TODAY)
    assert "review_overdue" not in {r.id for r in account_risks(db, [page.id], today=TODAY)[page.id]}
    [event] = events(db, "review")
    assert "note" not in event.new_values


def test_marking_an_unknown_account_is_not_found_and_writes_nothing(db):
    with pytest.raises(NotFound) as raised:
        mark_reviewed(db, 77, today=TODAY)
    assert (raised.value.code, raised.value.params) == ("account_not_found", {"account_id": 77})
    assert events(db, "review") == []


def test_a_note_with_control_characters_is_refused(db, office):
    with pytest.raises(ValidationError) as raised:
        mark_reviewed(db, office["fresh"].id, note="ok\x00", today=TODAY)
    assert raised.value.codes == {"note": "control_characters"}
    assert get_account(db, office["fresh"].id).last_reviewed_on == date(2026, 10, 1)


def test_flagging_for_change_needs_a_note_and_leaves_the_account_due(db, office):
    page = office["asa_due"]
    with pytest.raises(ValidationError) as raised:
        flag_for_change(db, page.id, note="   ")
    assert raised.value.codes == {"note": "required"}
    assert events(db, "flag_for_change") == []
    flag_for_change(db, page.id, note="Åsa moved to Sales; the login must change.")
    [event] = events(db, "flag_for_change")
    assert (event.actor, event.account_id) == ("tester", page.id)
    assert event.new_values == {"note": "Åsa moved to Sales; the login must change."}
    assert get_account(db, page.id).last_reviewed_on == date(2026, 3, 2)
    due = {item.account_id for group in review_round(db, today=TODAY) for item in group.items}
    assert page.id in due


def test_flagging_an_unknown_account_is_not_found(db):
    with pytest.raises(NotFound):
        flag_for_change(db, 5, note="Gone")


def test_the_round_groups_due_accounts_by_holder_nobody_last(db, office):
    groups = review_round(db, today=TODAY)
    # Å after Z, as in Swedish, Danish and Norwegian.
    assert [g.name for g in groups] == ["Ingrid Sæther", "Åsa Lindqvist", NO_HOLDER]
    # The longest-waiting first; due today is due.
    assert handles(groups[0]) == ["ingridreiser", "ingridnordlys"]
    assert [i.next_review_due for i in groups[0].items] == [date(2026, 6, 1), date(2026, 11, 21)]
    assert groups[0].items[0].holder_name == "Ingrid Sæther"
    assert handles(groups[1]) == ["asanordlys"]
    assert handles(groups[2]) == ["nordlysrejser"]


def test_the_round_by_unit(db, office):
    groups = review_round(db, today=TODAY, group_by="unit")
    assert [(g.name, handles(g)) for g in groups] == [
        ("Communications", ["asanordlys", "ingridnordlys"]),
        ("Marketing", ["ingridreiser"]),
        (NO_UNIT, ["nordlysrejser"]),
    ]


def test_a_later_day_brings_more_accounts_into_the_round(db, office):
    due_later = {item.handle for g in review_round(db, today=date(2027, 1, 15)) for item in g.items}
    assert due_later == {"ingridreiser", "ingridnordlys", "asanordlys", "nordlysrejser", "nordlysreiser"}


def test_namesakes_are_told_apart_by_email(db):
    for n in (1, 2):
        person = add_person(db, PersonInput(name="Anna Berg", work_email=f"anna{n}@nordlys.dk"))
        account(db, f"annaberg{n}", reviewed=date(2025, 1, 1), kind=Kind.personal, holder_id=person.id)
    assert [g.name for g in review_round(db, today=TODAY)] == ["Anna Berg <anna1@nordlys.dk>",
                                                               "Anna Berg <anna2@nordlys.dk>"]


def test_an_unknown_grouping_is_refused(db):
    with pytest.raises(ValidationError) as refused:
        review_round(db, today=TODAY, group_by="department")
    assert refused.value.codes == {"group_by": "not_a_choice"}
    assert refused.value.problem.params["value"] == "department"


@pytest.fixture
def out(tmp_path):
    """A folder of its own: the database files live in tmp_path."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_checklist(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_the_checklist_has_one_row_per_account_due_with_empty_answer_columns(db, office, out):
    target = write_review_checklist(review_round(db, today=TODAY), out / "review.csv")
    header, *rows = read_checklist(target)
    assert tuple(header) == CHECKLIST_HEADER
    assert [row[0] for row in rows] == ["Ingrid Sæther", "Ingrid Sæther", "Åsa Lindqvist", NO_HOLDER]
    assert rows[0] == ["Ingrid Sæther", "x", "ingridreiser", "https://x.com/ingridreiser", "",
                       "2025-12-01", "2026-06-01", "", "", ""]
    assert os.listdir(out) == ["review.csv"]


def test_formula_like_cells_are_neutralised(db, out):
    account(db, "@nordlystv", platform="youtube", reviewed=date(2025, 1, 1), display_name="=HYPERLINK(\"x\")",
            kind=Kind.company)
    header, row = read_checklist(write_review_checklist(review_round(db, today=TODAY), out / "c.csv"))
    assert row[header.index("handle")] == "'@nordlystv"
    assert row[header.index("display_name")] == "'=HYPERLINK(\"x\")"


def test_a_semicolon_checklist_for_scandinavian_excel(db, office, out):
    target = write_review_checklist(review_round(db, today=TODAY), out / "c.csv", delimiter=";")
    assert target.read_text(encoding="utf-8-sig").splitlines()[0] == ";".join(CHECKLIST_HEADER)


def test_an_interrupted_write_leaves_nothing_and_keeps_an_older_file(db, office, out, monkeypatch):
    target = out / "review.csv"
    target.write_text("the previous checklist", encoding="utf-8")

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_review_checklist(review_round(db, today=TODAY), target)
    assert os.listdir(out) == ["review.csv"]
    assert target.read_text(encoding="utf-8") == "the previous checklist"


def test_a_checklist_into_a_missing_folder_is_a_sentence(db, out):
    with pytest.raises(ValidationError) as raised:
        write_review_checklist([], out / "missing" / "review.csv")
    assert raised.value.codes == {"path": "folder_missing"}
    with pytest.raises(ValidationError) as raised:
        write_review_checklist([], out)
    assert raised.value.codes == {"path": "path_is_folder"}
