"""The mandate's columns through the import: read as their fields declare them, the escalation
contact found by email among the registry's people (or refused with the row's problem)."""

from datetime import date

from accountregistry.services.accounts import find_account
from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.people import PersonInput, add_person

TODAY = date(2026, 11, 21)
HEADER = "url;kind;response_hours;outside_working_hours;frequency;audience;weekly_hours;escalation_email\n"


def imported(db, tmp_path, lines):
    path = tmp_path / "mandate.csv"
    path.write_text(HEADER + lines, encoding="utf-8")
    plan = plan_import(db, read_table(path), today=TODAY)
    return plan


def test_the_mandate_columns_are_imported(db, tmp_path):
    mette = add_person(db, PersonInput(name="Mette Kjærgaard", work_email="mette@nordlys.dk"))
    plan = imported(db, tmp_path, "https://www.tiktok.com/@nordlys;company;24;ja;Twice a week;Travellers;3;"
                                  "METTE@nordlys.dk\n")
    assert plan.errors == []
    apply_import(db, plan)
    account = find_account(db, "https://www.tiktok.com/@nordlys")
    assert (account.response_hours, account.outside_working_hours, account.frequency, account.audience,
            account.weekly_hours, account.escalation_id) == (24, True, "Twice a week", "Travellers", 3, mette.id)


def test_bad_mandate_cells_are_the_rows_problems_and_nothing_is_stored(db, tmp_path):
    plan = imported(db, tmp_path, "https://www.tiktok.com/@nordlys;company;0;maybe;;;41;nobody@nordlys.dk\n")
    [row] = plan.errors
    assert {column for column, _code in row.codes} == {"response_hours", "outside_working_hours", "weekly_hours"}
    plan = imported(db, tmp_path, "https://www.tiktok.com/@nordlys;company;;;;;;nobody@nordlys.dk\n")
    [row] = plan.errors
    assert row.codes == [("escalation_email", "person_needs_name")]
