"""A refused choice in an imported file lists the words the import takes, in the user's language
("Virksomhed, Medarbejderrolle, Personlig"), not the stored values ("company, employee_role"),
and shows the cell as it was written. The command line's own options keep their values."""

from __future__ import annotations

from datetime import date

import pytest

import accountregistry.cli
from accountregistry import language
from accountregistry.domain.messages import Choice, format_value
from accountregistry.domain.vocabulary import AccountStatus, Disposition, EmploymentStatus, Kind, Role, TwoFactor
from accountregistry.services.csv_import import plan_import, read_table
from accountregistry.services.import_words import value_named
from accountregistry.services.people_import import plan_people_import, read_people_file

TODAY = date(2026, 6, 1)
REFUSED = {"kind": ("Corporate", Kind), "status": ("Levende", AccountStatus), "two_factor": ("Brevdue", TwoFactor),
           "disposition": ("Giv væk", Disposition)}


@pytest.fixture(params=["en", "da"])
def speaking(request):
    previous = language.use_language(request.param)
    yield request.param
    language.set_translator(*previous)


def _account_problems(db, tmp_path):
    path = tmp_path / "konti.csv"
    path.write_text("url;" + ";".join(REFUSED) + ";administrators\r\n"
                    "https://www.linkedin.com/company/nordlys;" + ";".join(cell for cell, _ in REFUSED.values())
                    + ";Bo Berg <bo@nordlys.dk> (chef)\r\n", encoding="utf-8")
    plan = plan_import(db, read_table(path), today=TODAY)
    (row,) = plan.errors
    return dict(row.problems)


def test_a_refused_choice_lists_the_words_the_import_takes_in_the_users_language(db, tmp_path, speaking):
    problems = _account_problems(db, tmp_path)
    for column, (cell, enum) in REFUSED.items():
        problem = problems[column]
        assert problem.code == "not_a_choice"
        assert problem.params["value"] == cell  # as written, not "giv_væk"
        assert problem.params["allowed"] == [Choice(member.value) for member in enum]
        listed = format_value(problem.params["allowed"]).split(", ")
        assert len(listed) == len(enum)
        # Each word listed is one the import takes, for the value it stands for.
        assert [value_named(enum, shown) for shown in listed] == [member.value for member in enum]
        if speaking == "da":
            assert not {member.value for member in enum} & set(listed)
    (column, role) = next((c, p) for c, p in problems.items() if p.code == "administrator_role")
    assert role.params["allowed"] == list(Role)
    shown_roles = format_value(role.params["allowed"]).split(", ")
    assert [value_named(Role, shown) for shown in shown_roles] == [member.value for member in Role]


def test_a_refused_employment_status_lists_the_words_the_people_import_takes(db, tmp_path, speaking):
    path = tmp_path / "people.csv"
    path.write_text("name;work_email;employment_status\r\nBo Berg;bo@nordlys.dk;Pensioneret\r\n", encoding="utf-8")
    (row,) = plan_people_import(db, read_people_file(path), today=TODAY).errors
    problem = row.problems["employment_status"]
    assert (problem.code, problem.params["value"]) == ("not_a_choice", "Pensioneret")
    assert problem.params["allowed"] == [Choice(member.value) for member in EmploymentStatus]
    listed = format_value(problem.params["allowed"]).split(", ")
    assert [value_named(EmploymentStatus, shown) for shown in listed] == [m.value for m in EmploymentStatus]


def test_the_danish_refusal_reads_as_the_window_writes_the_words(db, tmp_path):
    previous = language.use_language("da")
    try:
        problems = _account_problems(db, tmp_path)
        assert problems["kind"].sentence() == "Type »Corporate« er ikke en af: Virksomhed, Medarbejderrolle, Personlig."
    finally:
        language.set_translator(*previous)


def test_the_command_lines_own_kind_options_keep_their_values(db, db_location, tmp_path, capsys, speaking):
    """`register --kind` and `export --kind` take the stored values, and say those."""
    with pytest.raises(SystemExit):
        accountregistry.cli.main(["--db", db_location, "register", "--help"])
    assert "--kind {company,employee_role,personal}" in capsys.readouterr().out
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / "r.csv"),
                                     "--kind", "corporate"]) != 0
    assert "company, employee_role, personal" in capsys.readouterr().err
