"""Minimal exposure: the people layout of the ownership report leaves out the login email of a
personal account (its holder's own); the data layout, which import reads back, keeps it."""

from __future__ import annotations

import csv
import io

from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.ownership_report import export_report
from accountregistry.services.people import PersonInput, add_person


def rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_the_people_layout_leaves_out_a_personal_accounts_login(db, tmp_path):
    ida = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    register_account(db, AccountInput(url="https://www.instagram.com/idahoegh/", kind="personal", holder_id=ida.id,
                                      login_email="ida.private@gmail.com"))
    register_account(db, AccountInput(url="https://x.com/nordlysrejser", kind="company",
                                      login_email="social@nordlys.dk"))
    export_report(db, tmp_path / "people.csv", delimiter=";", layout="people")
    export_report(db, tmp_path / "data.csv", delimiter=";", layout="data")
    people_text, data = (tmp_path / "people.csv").read_text(encoding="utf-8-sig"), rows(tmp_path / "data.csv")
    assert "ida.private@gmail.com" not in people_text and "social@nordlys.dk" in people_text
    assert {row["login_email"] for row in data} == {"ida.private@gmail.com", "social@nordlys.dk"}
