"""The access request as a document tells each recorded change as the account window's history
does: what it is about and what happened in the reader's words, the values with their field
labels and people by name, never raw keys ("person_id: 1", "ambassador: True") or table names."""

from __future__ import annotations

from datetime import date

import pytest

from accountregistry.domain.vocabulary import EmploymentStatus, Role
from accountregistry.gui.person_data_document import ENTITY_NAMES, _readable_event, person_data_html, tr
from accountregistry.services import agreements
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.person_data import person_data
from accountregistry.services.roles import grant_role

AGREED = date(2026, 3, 2)
RAW_KEYS = ("person_id", "employment_status", "account_id", "granted_on", "work_email", "holder_agreement",
            "signed_paper", "True", "False")


@pytest.fixture
def ida(db):
    person = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind="company"),
                            today=AGREED)
    grant_role(db, account_id=page.id, person_id=person.id, role=Role.admin, granted_on=AGREED, today=AGREED)
    register_account(db, AccountInput(url="https://www.instagram.com/ida.hogh", kind="personal",
                                      holder_id=person.id, ambassador=True), today=AGREED)
    agreements.record_agreement(db, person.id, agreements.AgreementInput(agreed_on=AGREED), today=AGREED)
    update_person(db, person.id, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk",
                                             employment_status=EmploymentStatus.leaving,
                                             last_working_day=date(2030, 1, 31)))
    return person


def readable(db, person_id):
    data = person_data(db, person_id)
    return data, [_readable_event(row, data.names) for row in data.sections["audit_events"]]


def test_each_change_reads_as_the_window_tells_it(db, ida):
    data, events = readable(db, ida.id)
    assert {row["entity"] for row in data.sections["audit_events"]} >= {"person", "account", "account_role",
                                                                         "agreement"}
    named = {tr(text) for text in ENTITY_NAMES.values()}
    for row, event in zip(data.sections["audit_events"], events):
        assert event["what"] in named, row["entity"]
        assert event["change"] and event["change"] != row["action"]
        assert not [key for key in RAW_KEYS if key in event["details"]], (row["entity"], event["details"])
    [grant] = [event for event in events if event["action"] == "grant"]
    assert "Ida Høgh" in grant["change"]  # the person by name, not "person no. 1"
    html = person_data_html(data)
    assert "account_role" not in html and "employment_status" not in html


def test_in_danish(db, ida, speak):
    _, english = readable(db, ida.id)
    speak("da")
    _, danish = readable(db, ida.id)
    for before, after in zip(english, danish):
        if before["entity"] == "account_role":
            assert after["what"] != before["what"] and after["change"] != before["change"]


def test_someone_imported_from_hr_reads_as_added_with_their_values(db, tmp_path):
    """The import's one event, in the person's access request: their addition, with the values
    they were added with and nothing about the others it added."""
    from accountregistry.services.people import IMPORTED, find_by_email
    from accountregistry.services.people_import import apply_people_import, plan_people_import, read_people_file

    hr = tmp_path / "hr.csv"
    hr.write_text("name;work_email;department;title;manager_email;employment_status;last_working_day\n"
                  "Ida Høgh;ida@nordlys.dk;Rejser;Guide;;;\nOle Dahl;ole@nordlys.dk;;;;;\n", encoding="utf-8")
    apply_people_import(db, plan_people_import(db, read_people_file(hr)))
    ida = find_by_email(db, "ida@nordlys.dk")
    _, [event] = readable(db, ida.id)
    assert event["action"] == IMPORTED and event["change"] == tr("Added the person to the registry by an import from HR")
    assert all(value in event["details"] for value in ("Ida Høgh", "ida@nordlys.dk", "Rejser", "Guide"))
    assert "Ole" not in event["details"] and not [key for key in RAW_KEYS if key in event["details"]]
